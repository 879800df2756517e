// `npm run new-service -- <name> [--entity <Name>]`: scaffolds services/<name> from ../scaffold — a subgraph defined
// with defineSubgraph, its first entity with table, migration, SDL, loader, resolvers and a test through the gateway —
// and lets the embedded platform load it. Registering it is the one line left to write by hand.
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandLineOrExit } from '@mitmach/config';
import {
  camelCaseOf,
  databaseSchemaOf,
  isServiceName,
  pascalCaseOf,
  repositoryRoot,
  serviceDir,
  servicePackageName,
  services,
} from '@mitmach/registry';

const scaffold = fileURLToPath(new URL('../scaffold/', import.meta.url));
const usage = 'usage: npm run new-service -- <name> [--entity <Name>]';
const { values, positionals } = parseCommandLineOrExit(
  { options: { entity: { type: 'string' } }, allowPositionals: true },
  usage,
);
const [name] = positionals;

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) fail(`the name must be kebab-case, got "${name ?? ''}"`);
if (isServiceName(name) || existsSync(join(repositoryRoot, serviceDir(name)))) fail(`services/${name} exists already`);
const entity = values.entity ?? pascalCaseOf(name.replace(/s$/, ''));
if (!/^[A-Z][A-Za-z0-9]*$/.test(entity)) fail(`--entity must be a PascalCase type name, got "${entity}"`);

const kebab = (pascal: string) => pascal.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const entityCamel = entity.charAt(0).toLowerCase() + entity.slice(1);
const placeholders: [string, string][] = [
  ['__entities-kebab__', `${kebab(entity)}s`],
  ['__entity_table__', `${kebab(entity).replaceAll('-', '_')}s`],
  ['__serviceCamel__', camelCaseOf(name)],
  ['__Service__', pascalCaseOf(name)],
  ['__service__', name],
  ['__schema__', databaseSchemaOf(name)],
  ['__Entities__', `${entity}s`],
  ['__entities__', `${entityCamel}s`],
  ['__Entity__', entity],
  ['__entity__', entityCamel],
];
const fill = (text: string) => placeholders.reduce((filled, [from, to]) => filled.replaceAll(from, to), text);

const target = join(repositoryRoot, serviceDir(name));
for (const template of globSync('**/*.tmpl', { cwd: scaffold })) {
  const path = join(target, fill(template.replace(/\.tmpl$/, '')));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, fill(readFileSync(join(scaffold, template), 'utf8')));
}

// The embedded platform imports every registered service by its package name.
const platformManifest = join(repositoryRoot, 'packages/platform/package.json');
const manifest = JSON.parse(readFileSync(platformManifest, 'utf8')) as { dependencies: Record<string, string> };
manifest.dependencies[servicePackageName(name)] = 'workspace:*';
manifest.dependencies = Object.fromEntries(
  Object.entries(manifest.dependencies).sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync(platformManifest, `${JSON.stringify(manifest, null, 2)}\n`);

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed in ${cwd}`);
}
run('pnpm', ['install', '--silent'], repositoryRoot);
run('pnpm', ['exec', 'drizzle-kit', 'generate', '--name', 'init'], target);
// Line breaks of the filled templates depend on the names' lengths.
run('pnpm', ['exec', 'biome', 'check', '--write', '--unsafe', serviceDir(name)], repositoryRoot);

const nextPort = Math.max(...services.map((service) => service.port)) + 1;
process.stdout.write(
  [
    '',
    `services/${name} is ready. To add it to the platform:`,
    `  1. register it in packages/registry/src/services.ts:  { name: '${name}', port: ${nextPort} },`,
    '  2. npm run codegen   (its SDL and resolver types, the supergraph, docker-compose.yml, the Kafka topics)',
    '  3. npm test',
    '',
  ].join('\n'),
);
