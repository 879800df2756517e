#!/usr/bin/env node
// Bundles src/main.ts of the package in the working directory into dist/main.mjs (or <outdir>/main.mjs with
// --outdir <dir>). Workspace packages export TypeScript source, so they go into the bundle; third-party packages stay
// external so that native code, CommonJS and files they read at runtime keep working from node_modules.
//
// Workspace code finds its own files (migrations, SDL, the supergraph) relative to import.meta.url, which in a bundle
// would be main.mjs for every module. So each workspace package keeps its layout under dist/workspace/<name>/: its
// modules see import.meta.url as their place there, and the folders and files its package.json lists in `files` are
// copied there, TypeScript excepted (that is in the bundle).
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values: options } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const packageDir = process.cwd();
const entry = join(packageDir, 'src', 'main.ts');
const distDir = resolve(packageDir, options.outdir);
const outfile = join(distDir, 'main.mjs');

function readManifest(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

/** The directory Node would load `name` from when importing it from a file in `fromDir`, or undefined. */
function findInstalled(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Walks the runtime dependencies of the package and, recursively, of its workspace dependencies. Returns the workspace
 * package names (bundled) and, per third-party name, the directory it is installed at as seen by its declarer.
 */
function collectDependencies(rootDir) {
  const workspace = new Set();
  const external = new Map();
  const visited = new Set();
  const workspaceDirs = new Map();
  const visit = (dir) => {
    const manifest = readManifest(dir);
    if (visited.has(manifest.name)) return;
    visited.add(manifest.name);
    workspaceDirs.set(manifest.name, realpathSync(dir));
    for (const [name, spec] of Object.entries(manifest.dependencies ?? {})) {
      const installed = findInstalled(name, dir);
      if (!installed) throw new Error(`${name} (a dependency of ${manifest.name}) is not installed; run pnpm install.`);
      if (String(spec).startsWith('workspace:')) {
        workspace.add(name);
        visit(installed);
        continue;
      }
      const known = external.get(name);
      if (known && known.installed !== installed) {
        // One bundle can only import one copy of a package; two versions would silently pick whichever resolves first.
        throw new Error(`${name} resolves to two versions (${known.declaredBy} and ${manifest.name}); align them.`);
      }
      external.set(name, known ?? { installed, declaredBy: manifest.name });
    }
  };
  visit(rootDir);
  return { workspace, external, workspaceDirs };
}

let dependencies;
try {
  dependencies = collectDependencies(packageDir);
} catch (error) {
  process.stderr.write(`mitmach-bundle: ${error.message}\n`);
  process.exit(1);
}
const { workspace, external, workspaceDirs } = dependencies;
const usedExternals = new Set();

/** Where a workspace package's layout is kept in the bundle's folder. */
const layoutDir = (name) => join(distDir, 'workspace', name);

/** The workspace package a source file belongs to, or undefined for third-party code. */
function workspacePackageOf(file) {
  if (file.includes(`${sep}node_modules${sep}`)) return undefined;
  for (const [name, dir] of workspaceDirs) if (file.startsWith(dir + sep)) return { name, dir };
  return undefined;
}

/** @type {import('esbuild').Plugin} */
const workspaceLayout = {
  name: 'workspace-layout',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      const owner = workspacePackageOf(args.path);
      if (!owner) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const place = relative(distDir, join(layoutDir(owner.name), relative(owner.dir, args.path)))
        .split(sep)
        .join('/');
      const url = `new URL(${JSON.stringify(`./${place}`)}, import.meta.url).href`;
      return {
        contents: source.replaceAll('import.meta.url', url),
        loader: /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js',
      };
    });
  },
};

/** @type {import('esbuild').Plugin} */
const dependencyBoundary = {
  name: 'dependency-boundary',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
      if (isBuiltin(args.path)) return { path: args.path, external: true };
      const name = packageName(args.path);
      if (workspace.has(name)) return undefined;
      if (external.has(name)) {
        usedExternals.add(name);
        return { path: args.path, external: true };
      }
      // Bundling an undeclared package would hide it from `pnpm deploy --prod` and from the lockfile review.
      return {
        errors: [{ text: `${name} is imported but is not a runtime dependency of ${readManifest(packageDir).name}` }],
      };
    });
  },
};

rmSync(distDir, { recursive: true, force: true });
const result = await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  plugins: [dependencyBoundary, workspaceLayout],
  // Bundled CommonJS code calls require(); ESM has none, so give it one that resolves from the bundle's location.
  banner: {
    js: "import { createRequire as __bundleCreateRequire } from 'node:module';\nconst require = __bundleCreateRequire(import.meta.url);",
  },
}).catch(() => {
  // esbuild has already printed the errors.
  process.exit(1);
});

// pnpm installs a workspace package's own dependencies next to it, not next to the service that bundles it. Link those
// into dist/node_modules so that `node dist/main.mjs` resolves them in the workspace; a flat production install (the
// Docker image) has them in node_modules already and does not copy these links.
const linked = [];
for (const name of [...usedExternals].sort()) {
  const { installed } = external.get(name);
  if (findInstalled(name, packageDir) === installed) continue;
  const link = join(distDir, 'node_modules', name);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(relative(dirname(link), installed), link, 'dir');
  linked.push(name);
}

// What each workspace package reads at runtime, where its modules now look for it.
const copied = [];
for (const [name, dir] of workspaceDirs) {
  for (const entry of readManifest(dir).files ?? []) {
    const source = join(dir, entry);
    if (!existsSync(source)) continue;
    cpSync(source, join(layoutDir(name), entry), {
      recursive: true,
      filter: (path) => !/\.[cm]?ts$/.test(path) && !path.includes(`${sep}node_modules`),
    });
    copied.push(`${name}/${entry}`);
  }
}

const bytes = result.metafile.outputs[relative(process.cwd(), outfile)]?.bytes ?? 0;
const summary = [
  `${relative(packageDir, outfile)} (${Math.round(bytes / 1024)} KiB)`,
  `bundled: ${[...workspace].sort().join(', ') || 'none'}`,
  `external: ${[...usedExternals].sort().join(', ') || 'none'}`,
  ...(linked.length > 0 ? [`linked into dist/node_modules: ${linked.join(', ')}`] : []),
  ...(copied.length > 0 ? [`files copied into dist/workspace: ${copied.join(', ')}`] : []),
];
process.stdout.write(`${summary.join('\n  ')}\n`);
