// Fault drill (b), a check that prints figures (not a test): the distributed platform on a Postgres cluster of its own
// records a burst of outcomes through the gateway (each one event, which the action pool and the statistics consume); in the
// middle of it the action pool's and the statistics service's processes are killed with SIGKILL, the launcher starts
// them again, and once the burst is through the drill counts, from the services' own tables, the events lost and
// applied twice by each consumer. The cluster is its own because the Postgres event log delivers only what committed
// before every transaction still open on the server, and a transaction someone leaves open on a shared server would
// hold the burst back for as long as it stays open.
//   npm run drill:kill-consumers [-- --events 10000 --port 4400 --catch-up-minutes 30]
import { parseArgs } from 'node:util';
import { signDevelopmentToken } from '@mitmach/auth';
import { conferenceId, firstConferenceKey } from '@mitmach/demo-network';
import { embeddedJwtSecret } from '@mitmach/gateway';
import { startDistributedPlatform } from '../../src/distributed/distributed-platform';
import { awaitDelivery, type BurstTarget, deliveryReport, recordOutcomes } from './outcome-burst';
import { startThrowawayPostgres } from './throwaway-postgres';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    port: { type: 'string', default: '4400' },
    // How long the consumers may take to catch up after the burst; the statistics apply some tens of events a second.
    'catch-up-minutes': { type: 'string', default: '30' },
  },
});
const total = Number(values.events);
const basePort = Number(values.port);
const killed = ['action-pool', 'statistics'];

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
  write: (line) => {
    if (line.includes('[launcher]')) process.stdout.write(`${line}\n`);
  },
});
// Interrupted, the drill still stops every process it started and its cluster.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void platform
      .stop()
      .then(() => cluster.destroy())
      .finally(() => process.exit(130));
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
  const started = performance.now();
  let killedAt = -1;
  const burst = await recordOutcomes(target, total, {
    onProgress: ({ acknowledged }) => {
      if (killedAt >= 0 || acknowledged < Math.floor(total * 0.3)) return;
      killedAt = acknowledged;
      for (const name of killed) {
        const pid = platform.processes[name]?.pid();
        if (pid) process.kill(pid, 'SIGKILL');
      }
      process.stdout.write(`killed ${killed.join(' and ')} with SIGKILL after ${acknowledged} outcomes\n`);
    },
  });
  const burstS = (performance.now() - started) / 1000;
  const { delivery, waitedS, caughtUp } = await awaitDelivery(
    cluster.url,
    target,
    Number(values['catch-up-minutes']) * 60_000,
  );
  const report = deliveryReport(delivery, caughtUp);
  process.stdout.write(
    [
      '',
      `burst: ${burst.acknowledged} outcomes acknowledged in ${burstS.toFixed(1)} s (${(burst.acknowledged / burstS).toFixed(0)}/s), ${burst.failed} requests failed and were sent again`,
      `killed: ${killed.join(', ')} (SIGKILL) after ${killedAt} outcomes; restarts: ${killed.map((name) => `${name} ${platform.processes[name]?.restarts() ?? 0}`).join(', ')}`,
      ...report.lines,
      caughtUp
        ? `caught up ${waitedS.toFixed(1)} s after the burst`
        : `not caught up ${waitedS.toFixed(0)} s after the burst`,
      '',
    ].join('\n'),
  );
  process.exitCode = report.clean && delivery.outcomes === total ? 0 : 1;
} finally {
  await platform.stop();
  await cluster.destroy();
}
