import { type ParseArgsConfig, parseArgs } from 'node:util';

/** What a command's arguments parse to, as node:util's parseArgs types them. */
export type ParsedCommandLine<Config extends ParseArgsConfig> = ReturnType<typeof parseArgs<Config>>;

export interface CommandLineOutcome<Config extends ParseArgsConfig> {
  /** The parsed arguments, or null when the command should exit with `exitCode` after printing `message`. */
  parsed: ParsedCommandLine<Config> | null;
  message: string;
  exitCode: number;
}

/**
 * Parses a script's arguments strictly. `--help` (or `-h`) asks for the usage; an unknown option, a missing value or
 * an unexpected positional is a problem that is named, followed by the usage, instead of parseArgs' stack trace.
 */
export function readCommandLine<Config extends ParseArgsConfig>(
  config: Config,
  usage: string,
  given: readonly string[] = process.argv.slice(2),
): CommandLineOutcome<Config> {
  // pnpm passes on the `--` that npm puts before a script's own arguments.
  const args = given.filter((arg) => arg !== '--');
  if (args.includes('--help') || args.includes('-h')) return { parsed: null, message: usage, exitCode: 0 };
  try {
    const parsed = parseArgs({ ...config, args, strict: true }) as ParsedCommandLine<Config>;
    return { parsed, message: '', exitCode: 0 };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS_')) throw error;
    return { parsed: null, message: `${(error as Error).message}\n${usage}`, exitCode: 2 };
  }
}

/** readCommandLine for a script's entry point: prints the usage or the problem and exits when it has no arguments. */
export function parseCommandLineOrExit<Config extends ParseArgsConfig>(
  config: Config,
  usage: string,
): ParsedCommandLine<Config> {
  const outcome = readCommandLine(config, usage);
  if (outcome.parsed) return outcome.parsed;
  (outcome.exitCode === 0 ? process.stdout : process.stderr).write(`${outcome.message}\n`);
  process.exit(outcome.exitCode);
}
