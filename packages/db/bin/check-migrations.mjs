#!/usr/bin/env node
// Fails when a service's drizzle schema has changes that no migration in drizzle/ covers. It lets drizzle-kit
// generate into a scratch copy of the migrations folder and checks that nothing new appears.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const packageDir = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'migrations-check-'));
try {
  const out = join(scratch, 'drizzle');
  cpSync(join(packageDir, 'drizzle'), out, { recursive: true });
  const config = join(scratch, 'drizzle.config.mjs');
  const original = (await import(resolve(packageDir, 'drizzle.config.ts'))).default;
  writeFileSync(
    config,
    `export default ${JSON.stringify({ ...original, schema: resolve(packageDir, original.schema), out: relative(packageDir, out) })};\n`,
  );
  const before = readdirSync(out).filter((file) => file.endsWith('.sql'));
  const result = spawnSync('drizzle-kit', ['generate', '--config', config], { cwd: packageDir, encoding: 'utf8' });
  const added = readdirSync(out).filter((file) => file.endsWith('.sql') && !before.includes(file));
  // drizzle-kit may exit 0 after an error, so success is only its own "no changes" verdict.
  if (result.status !== 0 || added.length > 0 || !/No schema changes/.test(result.stdout)) {
    process.stderr.write(result.stdout + result.stderr);
    process.stderr.write(
      `${packageDir}: the drizzle schema has changes without a migration; run \`pnpm db:generate\` and commit drizzle/.\n`,
    );
    process.exit(1);
  }
  process.stdout.write('migrations match the drizzle schema\n');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
