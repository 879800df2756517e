import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, normalize, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCallerKeys } from '@mitmach/auth';
import { serviceDir, services } from '@mitmach/registry';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const composePath = join(repoRoot, 'docker-compose.yml');
const dockerfilePath = 'infra/docker/Dockerfile';

interface ComposeBuild {
  context?: string;
  dockerfile?: string;
  args?: Record<string, unknown> | string[];
}

interface ComposeService {
  build?: string | ComposeBuild;
  environment?: Record<string, unknown> | string[];
  ports?: unknown[];
  depends_on?: string[] | Record<string, unknown>;
}

interface ComposeFile {
  services?: Record<string, ComposeService | null>;
}

interface Repository {
  /** Subgraphs as the service registry lists them. */
  subgraphs: { name: string; packageDir?: string }[];
  /** Subgraph name → routing URL from the committed supergraph. */
  routingUrls: Record<string, string>;
  isDirectory: (relativePath: string) => boolean;
  isFile: (relativePath: string) => boolean;
  packageName: (relativeDir: string) => string | undefined;
}

const callerKeys = generateCallerKeys();
/** What an operator sets before `docker compose up`: the secrets, which the file demands and never defaults. */
const operatorEnvironment: Record<string, string> = {
  POSTGRES_PASSWORD: 'a-postgres-password-for-the-check',
  JWT_SECRET: 'a-jwt-secret-for-the-compose-check-0123456789',
  CALLER_SIGNING_KEY: callerKeys.privateKey,
  CALLER_VERIFICATION_KEY: callerKeys.publicKey,
  MAIL_LINK_SECRET: 'a-mail-link-secret-for-the-compose-check-0123',
  ALTCHA_HMAC_KEY: 'an-altcha-key-for-the-compose-check-0123456789',
};

/** Resolves compose interpolation as compose would with the operator's environment and nothing else set. */
function withDefaults(value: string): string {
  return value
    .replace(/\$\{(\w+)(?::?([-?])([^}]*))?\}/g, (_match, name: string, _kind?: string, fallback?: string) => {
      return operatorEnvironment[name] ?? (_kind === '-' ? (fallback ?? '') : '');
    })
    .replace(/\$\$/g, '$');
}

/** Secrets whose value the file would make up when the operator forgot them. */
function defaultedSecrets(text: string): string[] {
  return [...text.matchAll(/\$\{(\w*(?:SECRET|KEY|PASSWORD)\w*):?-/g)].map((match) => match[1] ?? '');
}

function keyValues(entries: Record<string, unknown> | string[] | undefined): Record<string, string> {
  if (!entries) return {};
  const pairs: [string, unknown][] = Array.isArray(entries)
    ? entries.map((entry) => {
        const [key = '', ...rest] = entry.split('=');
        return [key, rest.length > 0 ? rest.join('=') : undefined];
      })
    : Object.entries(entries);
  return Object.fromEntries(
    pairs
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([key, value]) => [key, withDefaults(String(value))]),
  );
}

function buildOf(service: ComposeService): ComposeBuild | undefined {
  return typeof service.build === 'string' ? { context: service.build } : service.build;
}

function dependenciesOf(service: ComposeService): string[] {
  const dependsOn = service.depends_on ?? [];
  return Array.isArray(dependsOn) ? dependsOn : Object.keys(dependsOn);
}

/** Container ports published to the host, as [published, target] pairs. */
function publishedPorts(service: ComposeService): [string, string][] {
  return (service.ports ?? []).flatMap((port): [string, string][] => {
    if (port && typeof port === 'object') {
      const { published, target } = port as { published?: unknown; target?: unknown };
      return published === undefined ? [] : [[withDefaults(String(published)), String(target)]];
    }
    const parts = withDefaults(String(port))
      .replace(/\/\w+$/, '')
      .split(':');
    if (parts.length < 2) return [];
    // host:published:target, or published:target on every interface.
    const address = parts.length > 2 ? `${parts.at(-3)}:` : '';
    return [[`${address}${parts.at(-2) ?? ''}`, parts.at(-1) ?? '']];
  });
}

function parseSubgraphUrls(value: string): Record<string, string> {
  return Object.fromEntries(
    value
      .split(',')
      .map((pair) => pair.trim().split('='))
      .filter((pair): pair is [string, string] => pair.length === 2),
  );
}

/** Checks that one built deployable points at the shared Dockerfile and at a real workspace package. */
function checkBuild(serviceName: string, service: ComposeService, repository: Repository): string[] {
  const build = buildOf(service);
  if (!build) return [`${serviceName}: has no build section`];
  const dockerfile = posix.normalize(posix.join(build.context ?? '.', build.dockerfile ?? 'Dockerfile'));
  const args = keyValues(build.args);
  const problems: string[] = [];
  if (dockerfile !== dockerfilePath) problems.push(`${serviceName}: built from ${dockerfile}, not ${dockerfilePath}`);
  if (!repository.isFile(dockerfilePath)) problems.push(`${dockerfilePath} does not exist`);
  const packageDir = args.PACKAGE_DIR;
  if (!packageDir) return [...problems, `${serviceName}: build arg PACKAGE_DIR is missing`];
  if (!repository.isDirectory(packageDir))
    return [...problems, `${serviceName}: PACKAGE_DIR ${packageDir} is no folder`];
  const actualName = repository.packageName(packageDir);
  if (args.PACKAGE_NAME !== actualName) {
    problems.push(`${serviceName}: PACKAGE_NAME ${args.PACKAGE_NAME} but ${packageDir} is ${actualName}`);
  }
  return problems;
}

function checkCompose(compose: ComposeFile, repository: Repository): string[] {
  const services = compose.services ?? {};
  const problems: string[] = [];
  if (repository.subgraphs.length === 0) problems.push('no subgraphs in the service registry');
  const gateway = services.gateway;
  const gatewayEnv = keyValues(gateway?.environment);
  const signingKey = gatewayEnv.CALLER_SIGNING_KEY;
  const urls = { ...repository.routingUrls, ...parseSubgraphUrls(gatewayEnv.SUBGRAPH_URLS ?? '') };

  for (const subgraph of repository.subgraphs) {
    const service = services[subgraph.name];
    if (!service) {
      problems.push(`${subgraph.name}: no compose service of that name`);
      continue;
    }
    problems.push(...checkBuild(subgraph.name, service, repository));
    const packageDir = keyValues(buildOf(service)?.args).PACKAGE_DIR;
    if (subgraph.packageDir && packageDir && normalize(packageDir) !== normalize(subgraph.packageDir)) {
      problems.push(`${subgraph.name}: built from ${packageDir}, the registry says ${subgraph.packageDir}`);
    }
    const env = keyValues(service.environment);
    for (const name of ['DATABASE_URL', 'CALLER_VERIFICATION_KEY', 'PORT']) {
      if (!env[name]) problems.push(`${subgraph.name}: ${name} is not set`);
    }
    if (env.DATABASE_URL && !services[new URL(env.DATABASE_URL).hostname]) {
      problems.push(`${subgraph.name}: DATABASE_URL points at no compose service`);
    }
    if (env.CALLER_VERIFICATION_KEY && env.CALLER_VERIFICATION_KEY !== operatorEnvironment.CALLER_VERIFICATION_KEY) {
      problems.push(`${subgraph.name}: CALLER_VERIFICATION_KEY is not the key pair's public half`);
    }
    const url = urls[subgraph.name];
    if (!url) {
      problems.push(`${subgraph.name}: the gateway has no URL for it`);
    } else {
      const { hostname, port } = new URL(url);
      if (hostname !== subgraph.name || port !== env.PORT) {
        problems.push(`${subgraph.name}: the gateway calls ${url}, but the service is ${subgraph.name}:${env.PORT}`);
      }
    }
    if (gateway && !dependenciesOf(gateway).includes(subgraph.name)) {
      problems.push(`gateway: does not depend on ${subgraph.name}`);
    }
  }

  if (!gateway) return [...problems, 'gateway: no compose service of that name'];
  problems.push(...checkBuild('gateway', gateway, repository));
  if (!publishedPorts(gateway).some(([published, target]) => published === '127.0.0.1:4000' && target === '4000')) {
    problems.push('gateway: does not publish port 4000 on 127.0.0.1');
  }
  if (signingKey !== operatorEnvironment.CALLER_SIGNING_KEY) {
    problems.push("gateway: CALLER_SIGNING_KEY is not the key pair's private half");
  }
  problems.push(...checkQuotaStore(gateway, services));
  return problems;
}

/** The gateway replicas share their quotas through a Redis service of the file, started before them. */
function checkQuotaStore(gateway: ComposeService, services: Record<string, ComposeService | null>): string[] {
  const redisUrl = keyValues(gateway.environment).REDIS_URL;
  if (!redisUrl) return ['gateway: REDIS_URL is not set, so replicas would count quotas apart'];
  const host = new URL(redisUrl).hostname;
  if (!services[host]) return [`gateway: REDIS_URL points at ${host}, which is no compose service`];
  return dependenciesOf(gateway).includes(host) ? [] : [`gateway: does not depend on ${host}`];
}

const topicName = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+\.v[1-9]\d*$/;

const topicConfig = /^retention\.ms=(-1|[1-9]\d*)$/;

/** infra/kafka/topics.txt: `<service>.<aggregate>.v<version> <partitions> retention.ms=<ms>` per line, # comments. */
function checkTopics(text: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [name = '', partitions, ...rest] = line.split(/\s+/);
    const where = `topics.txt line ${index + 1}`;
    if (!topicName.test(name)) problems.push(`${where}: "${name}" is not <service>.<aggregate>.v<version>`);
    if (!partitions || !/^[1-9]\d*$/.test(partitions)) problems.push(`${where}: partitions must be a positive integer`);
    const unexpected = rest.filter((config) => !topicConfig.test(config));
    if (unexpected.length > 0) problems.push(`${where}: unexpected "${unexpected.join(' ')}"`);
    if (!rest.some((config) => topicConfig.test(config))) problems.push(`${where}: ${name} sets no retention.ms`);
    if (seen.has(name)) problems.push(`${where}: ${name} is listed twice`);
    seen.add(name);
  });
  if (seen.size === 0) problems.push('topics.txt lists no topics');
  return problems;
}

function readRepository(): Repository {
  const subgraphs = services.map((service) => ({ name: service.name, packageDir: serviceDir(service.name) }));
  const supergraph = readFileSync(join(repoRoot, 'gateway/supergraph.graphql'), 'utf8');
  const routingUrls = Object.fromEntries(
    [...supergraph.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]+)"\)/g)].map(([, name, url]) => [
      name,
      url,
    ]),
  );
  const stat = (relativePath: string) => statSync(join(repoRoot, relativePath), { throwIfNoEntry: false });
  return {
    subgraphs,
    routingUrls,
    isDirectory: (relativePath) => stat(relativePath)?.isDirectory() ?? false,
    isFile: (relativePath) => stat(relativePath)?.isFile() ?? false,
    packageName: (relativeDir) => {
      const manifest = join(repoRoot, relativeDir, 'package.json');
      return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name : undefined;
    },
  };
}

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return join(dir, command);
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

const readCompose = (): ComposeFile => parse(readFileSync(composePath, 'utf8'), { merge: true }) as ComposeFile;
const repository = readRepository();
const topicsText = readFileSync(join(repoRoot, 'infra/kafka/topics.txt'), 'utf8');
const dockerCompose = findOnPath('docker-compose');

if (!dockerCompose) {
  console.warn('docker-compose.yml: compose syntax check skipped because docker-compose is not installed');
}

describe('docker-compose.yml', () => {
  it.skipIf(!dockerCompose)('is valid for docker-compose (config -q)', () => {
    const result = spawnSync(dockerCompose ?? 'docker-compose', ['-f', '../docker-compose.yml', 'config', '-q'], {
      cwd: fileURLToPath(new URL('.', import.meta.url)),
      env: { ...process.env, ...operatorEnvironment },
      encoding: 'utf8',
    });
    expect(result.error).toBeUndefined();
    expect(result.status, result.stderr).toBe(0);
  });

  it('runs every subgraph of the supergraph from the shared Dockerfile, wired to Postgres and the gateway', () => {
    expect(repository.subgraphs.length).toBeGreaterThan(0);
    expect(checkCompose(readCompose(), repository)).toEqual([]);
  });

  it('demands every secret from the operator instead of defaulting it', () => {
    const text = readFileSync(composePath, 'utf8');
    expect(defaultedSecrets(text)).toEqual([]);
    // The syntax check runs only where docker-compose is installed; this keeps its environment complete everywhere.
    const demanded = new Set([...text.matchAll(/\$\{(\w+):\?/g)].map((match) => match[1]));
    expect([...demanded].sort()).toEqual(Object.keys(operatorEnvironment).sort());
  });

  it('lists well-formed Kafka topics', () => {
    expect(checkTopics(topicsText)).toEqual([]);
  });

  describe('the checks themselves', () => {
    const broken = (edit: (compose: Required<ComposeFile>) => void) => {
      const compose = readCompose() as Required<ComposeFile>;
      edit(compose);
      return checkCompose(compose, repository);
    };
    const subgraph = repository.subgraphs[0]?.name ?? 'regions';
    const service = (compose: ComposeFile, name: string) => compose.services?.[name] as ComposeService;

    it('report a missing subgraph service', () => {
      expect(broken((compose) => delete compose.services[subgraph])).toContain(
        `${subgraph}: no compose service of that name`,
      );
    });

    it('report a missing DATABASE_URL, a wrong package folder and a different caller secret', () => {
      const problems = broken((compose) => {
        const target = service(compose, subgraph);
        const env = target.environment as Record<string, unknown>;
        delete env.DATABASE_URL;
        env.CALLER_VERIFICATION_KEY = generateCallerKeys().publicKey;
        (buildOf(target)?.args as Record<string, unknown>).PACKAGE_DIR = 'services/does-not-exist';
      });
      expect(problems).toEqual(
        expect.arrayContaining([
          `${subgraph}: DATABASE_URL is not set`,
          `${subgraph}: CALLER_VERIFICATION_KEY is not the key pair's public half`,
          `${subgraph}: PACKAGE_DIR services/does-not-exist is no folder`,
        ]),
      );
    });

    it('report a gateway that publishes no 4000 or calls the wrong port', () => {
      const problems = broken((compose) => {
        service(compose, 'gateway').ports = ['127.0.0.1:8080:4000'];
        (service(compose, 'gateway').environment as Record<string, unknown>).SUBGRAPH_URLS =
          `${subgraph}=http://${subgraph}:9999/graphql`;
      });
      expect(problems).toContain('gateway: does not publish port 4000 on 127.0.0.1');
      expect(problems.some((problem) => problem.startsWith(`${subgraph}: the gateway calls`))).toBe(true);
    });

    it('report a gateway without a shared quota store', () => {
      expect(broken((compose) => delete compose.services.redis)).toContain(
        'gateway: REDIS_URL points at redis, which is no compose service',
      );
      expect(
        broken((compose) => delete (service(compose, 'gateway').environment as Record<string, unknown>).REDIS_URL),
      ).toContain('gateway: REDIS_URL is not set, so replicas would count quotas apart');
    });

    it('report malformed topics', () => {
      expect(
        checkTopics(
          [
            'regions.region.v1 6 retention.ms=-1',
            'Regions Region 6',
            'regions.region.v1 0 retention.ms=5',
            'no-partitions.x.v1 retention.ms=-1',
            'regions.peer-group.v1 6 retention.ms=-2',
            '',
          ].join('\n'),
        ),
      ).toEqual([
        'topics.txt line 2: "Regions" is not <service>.<aggregate>.v<version>',
        'topics.txt line 2: partitions must be a positive integer',
        'topics.txt line 2: unexpected "6"',
        'topics.txt line 2: Regions sets no retention.ms',
        'topics.txt line 3: partitions must be a positive integer',
        'topics.txt line 3: regions.region.v1 is listed twice',
        'topics.txt line 4: partitions must be a positive integer',
        'topics.txt line 4: no-partitions.x.v1 sets no retention.ms',
        'topics.txt line 5: unexpected "retention.ms=-2"',
        'topics.txt line 5: regions.peer-group.v1 sets no retention.ms',
      ]);
    });
  });
});
