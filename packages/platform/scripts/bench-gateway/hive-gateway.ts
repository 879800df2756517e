import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const require = createRequire(import.meta.url);

/** The supergraph with each subgraph's routing URL replaced by where it runs in this benchmark. */
export function routedSupergraph(sdl: string, subgraphUrls: Record<string, string>): string {
  return sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) => {
    const url = subgraphUrls[name];
    return url ? `@join__graph(name: "${name}", url: "${url}")` : whole;
  });
}

export interface HiveGateway {
  url: string;
  stop(): Promise<void>;
}

/** `hive-gateway supergraph` with one worker, with or without its response cache; resolves once it answers. */
export async function startHiveGateway(options: {
  supergraphSdl: string;
  directory: string;
  port: number;
  responseCache: boolean;
  env: Record<string, string>;
}): Promise<HiveGateway> {
  const supergraphPath = join(options.directory, 'hive-supergraph.graphql');
  writeFileSync(supergraphPath, options.supergraphSdl);
  const bin = join(require.resolve('@graphql-hive/gateway/package.json'), '..', 'dist', 'bin.js');
  const configPath = join(import.meta.dirname, 'hive-gateway.config.ts');
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', bin, 'supergraph', supergraphPath, '--fork', '1', '--port', String(options.port)],
    {
      cwd: import.meta.dirname,
      env: {
        ...process.env,
        ...options.env,
        NODE_ENV: 'production',
        CONFIG_PATH: configPath,
        HIVE_RESPONSE_CACHE: String(options.responseCache),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${options.port}/graphql`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([once(child, 'exit'), sleep(10_000)]);
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Hive Gateway exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${options.port}/readiness`)).ok) return { url, stop };
    } catch {}
    if (Date.now() > deadline) {
      await stop();
      throw new Error('Hive Gateway was not ready within two minutes');
    }
    await sleep(250);
  }
}
