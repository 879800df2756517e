import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateCallerKeys } from '@mitmach/auth';
import { repositoryRoot, serviceDir, serviceNames } from '@mitmach/registry';
import { type SupervisedProcess, superviseProcess } from './supervised-process';

export interface DistributedPlatformOptions {
  /** The Postgres every service keeps its schema in. */
  databaseUrl: string;
  /** The gateway's port; the subgraphs take the next ones in registry order. */
  basePort: number;
  /** The gateway's interface; subgraphs listen on the loopback interface only. */
  host: string;
  seedDemoData: boolean;
  /** Variables every process starts with (the event transport, secrets, log level, …). */
  env: NodeJS.ProcessEnv;
  /** The HS256 secret the gateway accepts bearer tokens with, when no identity provider (JWKS_URL) is set. */
  jwtSecret: string;
  /** Receives every line of every process, prefixed with its name. */
  write(line: string): void;
  restartDelayMs?: number;
  /** How long start-up may take before it counts as failed. */
  readyTimeoutMs?: number;
  /** The caller header's key pair; a fresh one when not given (a benchmark signs for another gateway with it). */
  callerKeys?: { privateKey: string; publicKey: string };
}

export interface DistributedPlatform {
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** Each subgraph's GraphQL endpoint. */
  subgraphUrls: Record<string, string>;
  /** The gateway's and every subgraph's process, by name. */
  processes: Record<string, SupervisedProcess>;
  /** Settles once every process answers its readiness check; rejects (having stopped all) when one does not in time. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

const stopTimeoutMs = 20_000;

function healthUrl(port: number): string {
  return `http://127.0.0.1:${port}/health/ready`;
}

/** Whether the process on `port` answers its readiness check before the deadline. */
async function becomesReady(port: number, deadline: number): Promise<boolean> {
  for (;;) {
    try {
      if ((await fetch(healthUrl(port), { signal: AbortSignal.timeout(2_000) })).ok) return true;
    } catch {}
    if (Date.now() > deadline) return false;
    await sleep(250);
  }
}

/**
 * Every subgraph and the gateway as processes of their own on this machine, as docker-compose runs them, each one
 * restarted when it dies. The caller header's key pair is made once per start, so a restarted service still trusts
 * the gateway.
 */
export function startDistributedPlatform(options: DistributedPlatformOptions): DistributedPlatform {
  const callerKeys = options.callerKeys ?? generateCallerKeys();
  const width = Math.max(...serviceNames.map((name) => name.length), 'gateway'.length);
  const ports = Object.fromEntries(serviceNames.map((name, index) => [name, options.basePort + index + 1]));
  const subgraphUrls = Object.fromEntries(
    serviceNames.map((name) => [name, `http://127.0.0.1:${ports[name]}/graphql`]),
  );
  const processes: Record<string, SupervisedProcess> = {};

  function supervise(name: string, cwd: string, env: NodeJS.ProcessEnv): void {
    const prefix = `${name.padEnd(width)} | `;
    processes[name] = superviseProcess({
      name,
      command: process.execPath,
      args: ['--import', 'tsx', 'src/main.ts'],
      cwd: join(repositoryRoot, cwd),
      env: { ...options.env, ...env },
      output: (line) => options.write(prefix + line),
      report: (message) => options.write(`${prefix}[launcher] ${name} ${message}`),
      restartDelayMs: options.restartDelayMs ?? 1_000,
      maxRestartDelayMs: 30_000,
    });
  }

  for (const name of serviceNames) {
    supervise(name, serviceDir(name), {
      DATABASE_URL: options.databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(ports[name]),
      CALLER_VERIFICATION_KEY: callerKeys.publicKey,
      SEED_DEMO_DATA: String(options.seedDemoData),
    });
  }
  supervise('gateway', 'gateway', {
    // The gateway reads the change events there, to drop the cached answers they concern.
    DATABASE_URL: options.databaseUrl,
    HOST: options.host,
    PORT: String(options.basePort),
    CALLER_SIGNING_KEY: callerKeys.privateKey,
    SUBGRAPH_URLS: Object.entries(subgraphUrls)
      .map(([name, url]) => `${name}=${url}`)
      .join(','),
    ...(options.env.JWKS_URL ? {} : { JWT_SECRET: options.jwtSecret }),
  });

  const stop = async () => {
    await Promise.all(Object.values(processes).map((child) => child.stop(stopTimeoutMs)));
  };
  const readyTimeoutMs = options.readyTimeoutMs ?? 300_000;
  const deadline = Date.now() + readyTimeoutMs;
  const checked = [
    ...serviceNames.map((name) => ({ name, port: ports[name] ?? 0 })),
    { name: 'gateway', port: options.basePort },
  ];
  // Every process is waited for, so that a failed start names all that were late and how often each one died.
  const ready = Promise.all(checked.map(({ port }) => becomesReady(port, deadline))).then(async (answers) => {
    const late = checked.filter((_, index) => !answers[index]);
    if (late.length === 0) return;
    await stop();
    const named = late.map(
      ({ name, port }) => `${name} on port ${port} (restarted ${processes[name]?.restarts() ?? 0} times)`,
    );
    throw new Error(`not ready within ${readyTimeoutMs / 1000} s: ${named.join(', ')}`);
  });
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return { url: `http://${shownHost}:${options.basePort}/graphql`, subgraphUrls, processes, ready, stop };
}
