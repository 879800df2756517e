import { signDevelopmentToken } from '@mitmach/auth';
import { parseCommandLineOrExit } from '@mitmach/config';
import { conferenceId, firstConferenceKey } from '@mitmach/demo-network';
import { embeddedJwtSecret } from '@mitmach/gateway';
import { type DistributedPlatform, startDistributedPlatform } from '../../src/distributed/distributed-platform';
import type { BurstTarget } from './outcome-burst';
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';

export interface DrillTopology {
  cluster: ThrowawayPostgres;
  platform: DistributedPlatform;
  target: BurstTarget;
  stop(): Promise<void>;
}

/** The options every burst drill takes: how many events, the base port, and how long consumers may catch up. */
export function drillOptions(drill: string, defaultPort: number) {
  const usage = `usage: npm run ${drill} [-- --events 10000 --port ${defaultPort} --catch-up-minutes 30]`;
  const { values } = parseCommandLineOrExit(
    {
      options: {
        events: { type: 'string', default: '10000' },
        port: { type: 'string', default: String(defaultPort) },
        // How long the consumers may take to catch up after the burst; the statistics apply some tens of events a second.
        'catch-up-minutes': { type: 'string', default: '30' },
      },
    },
    usage,
  );
  return {
    total: Number(values.events),
    basePort: Number(values.port),
    catchUpMs: Number(values['catch-up-minutes']) * 60_000,
  };
}

/**
 * The distributed platform on a Postgres cluster of its own, ready, with the conference the burst records outcomes
 * for. Interrupted or failing to start, it still stops every process it started and its cluster.
 */
export async function startDrillTopology(basePort: number): Promise<DrillTopology> {
  const cluster = await startThrowawayPostgres();
  process.stdout.write(`throwaway Postgres cluster on port ${cluster.port}\n`);
  const platform = startDistributedPlatform({
    databaseUrl: cluster.url,
    basePort,
    host: '127.0.0.1',
    seedDemoData: true,
    jwtSecret: embeddedJwtSecret,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error' },
    restartDelayMs: 2_000,
    // Eight processes compile, migrate and seed at once; on a busy machine that takes longer than the usual five minutes.
    readyTimeoutMs: 15 * 60_000,
    write: (line) => {
      if (line.includes('[launcher]')) process.stdout.write(`${line}\n`);
    },
  });
  const stop = async () => {
    await platform.stop();
    await cluster.destroy();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stop().finally(() => process.exit(130));
    });
  }
  try {
    await platform.ready;
    const target: BurstTarget = {
      url: `http://127.0.0.1:${basePort}/graphql`,
      token: await signDevelopmentToken({ secret: embeddedJwtSecret, roles: ['staff'] }),
      conferenceId: conferenceId(firstConferenceKey('lindau')),
      titlePrefix: 'Drill-Ergebnis',
    };
    return { cluster, platform, target, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
