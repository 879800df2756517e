import { describe, expect, it } from 'vitest';
import { readCommandLine } from './command-line';

const usage = 'usage: token --role <role>';
const read = (args: string[]) =>
  readCommandLine({ options: { role: { type: 'string', multiple: true, default: [] } } }, usage, args);

describe('readCommandLine', () => {
  it('parses the options it knows', () => {
    const outcome = read(['--role', 'staff', '--role', 'reporting']);
    expect(outcome.parsed?.values.role).toEqual(['staff', 'reporting']);
  });

  it('names an unknown option, a missing value or a stray argument, followed by the usage, with exit code 2', () => {
    for (const args of [['--rolle', 'staff'], ['--role'], ['staff']]) {
      const outcome = read(args);
      expect(outcome.parsed).toBeNull();
      expect(outcome.exitCode).toBe(2);
      expect(outcome.message).toMatch(/\nusage: token --role <role>$/);
    }
    expect(read(['--rolle']).message).toMatch(/^Unknown option '--rolle'/);
  });

  it('ignores the `--` that npm and pnpm pass on before a script’s arguments', () => {
    expect(read(['--', '--role', 'staff']).parsed?.values.role).toEqual(['staff']);
  });

  it('answers --help and -h with the usage alone and exit code 0', () => {
    for (const flag of ['--help', '-h']) {
      expect(read([flag])).toEqual({ parsed: null, message: usage, exitCode: 0 });
    }
  });
});
