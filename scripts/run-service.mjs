#!/usr/bin/env node
// `npm run service -- <name>`: runs one subgraph service from its package folder with the workspace's toolchain,
// configured by the environment (DATABASE_URL, CALLER_CONTEXT_SECRET, …) as in the distributed topology.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9-]*$/.test(name) || !existsSync(join(root, 'services', name, 'package.json'))) {
  process.stderr.write(
    `usage: npm run service -- <name>, where <name> is a folder of services/ (got "${name ?? ''}")\n`,
  );
  process.exit(2);
}
const result = spawnSync('pnpm', ['--filter', `@mitmach/${name}-service`, 'start'], { stdio: 'inherit', cwd: root });
process.exitCode = result.status ?? 1;
