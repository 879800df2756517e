// Fault drill (c), a check that prints figures (not a test): the distributed platform on a Postgres cluster of its
// own (initdb in a temporary folder, a free port; the shared server is never touched) records a burst of outcomes
// through the gateway; in the middle of it the cluster is restarted (pg_ctl restart, fast mode, as pg_ctlcluster
// does). The drill prints how long each process took to answer ready again, whether any had to be restarted, and,
// from the services' own tables, the events lost and applied twice by each consumer.
//   npm run drill:postgres-restart [-- --events 10000 --port 4500 --catch-up-minutes 30]
import { setTimeout as sleep } from 'node:timers/promises';
import { serviceNames } from '@mitmach/registry';
import { drillOptions, startDrillTopology } from './drill-topology';
import { awaitDelivery, deliveryReport, recordOutcomes } from './outcome-burst';

const { total, basePort, catchUpMs } = drillOptions('drill:postgres-restart', 4500);
const names = [...serviceNames, 'gateway'];
const portOf = (name: string) =>
  name === 'gateway' ? basePort : basePort + 1 + (serviceNames as readonly string[]).indexOf(name);

async function isReady(name: string): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${portOf(name)}/health/ready`, {
      signal: AbortSignal.timeout(2_000),
    });
    return response.ok && ((await response.json()) as { status?: string }).status !== 'degraded';
  } catch {
    return false;
  }
}

const { cluster, platform, target, stop } = await startDrillTopology(basePort);
try {
  const restartsBefore = Object.fromEntries(names.map((name) => [name, platform.processes[name]?.restarts() ?? 0]));
  const fault: { restart: Promise<{ at: number; restartS: number; readyS: Record<string, number> }> | null } = {
    restart: null,
  };
  const started = performance.now();
  const burst = await recordOutcomes(target, total, {
    onProgress: ({ acknowledged }) => {
      if (fault.restart || acknowledged < Math.floor(total * 0.3)) return;
      fault.restart = (async () => {
        const restartedAt = performance.now();
        await cluster.restart();
        const restartS = (performance.now() - restartedAt) / 1000;
        process.stdout.write(`Postgres restarted after ${acknowledged} outcomes (${restartS.toFixed(1)} s)\n`);
        const readyS: Record<string, number> = {};
        while (Object.keys(readyS).length < names.length && performance.now() - restartedAt < 300_000) {
          await Promise.all(
            names
              .filter((name) => readyS[name] === undefined)
              .map(async (name) => {
                if (await isReady(name)) readyS[name] = (performance.now() - restartedAt) / 1000;
              }),
          );
          await sleep(100);
        }
        return { at: acknowledged, restartS, readyS };
      })();
    },
  });
  const burstS = (performance.now() - started) / 1000;
  const restarted = await fault.restart;
  const { delivery, waitedS, caughtUp } = await awaitDelivery(cluster.url, target, catchUpMs);
  const report = deliveryReport(delivery, caughtUp);
  const processRestarts = names.map(
    (name) => (platform.processes[name]?.restarts() ?? 0) - (restartsBefore[name] ?? 0),
  );
  process.stdout.write(
    [
      '',
      `burst: ${burst.acknowledged} outcomes acknowledged in ${burstS.toFixed(1)} s (${(burst.acknowledged / burstS).toFixed(0)}/s), ${burst.failed} requests failed and were sent again`,
      restarted
        ? `Postgres restarted after ${restarted.at} outcomes, down and up again in ${restarted.restartS.toFixed(1)} s`
        : 'Postgres was not restarted',
      'ready again after the restart (s) and process restarts by the launcher:',
      ...names.map(
        (name, index) =>
          `  ${name.padEnd(12)} ${restarted?.readyS[name]?.toFixed(1) ?? 'never'} s, ${processRestarts[index]} restarts`,
      ),
      ...report.lines,
      ...(delivery.outcomes > total
        ? [
            `${delivery.outcomes - total} outcomes recorded besides the ${total}: their answers were lost to the restart and the clients sent them again`,
          ]
        : []),
      caughtUp
        ? `caught up ${waitedS.toFixed(1)} s after the burst`
        : `not caught up ${waitedS.toFixed(0)} s after the burst`,
      '',
    ].join('\n'),
  );
  const reconnected =
    restarted !== null &&
    names.every((name, index) => restarted.readyS[name] !== undefined && processRestarts[index] === 0);
  // A request whose answer the restart cut off is sent again and records a second outcome: more than `total` is the
  // client's doing, not the consumers'.
  process.exitCode = report.clean && reconnected && delivery.outcomes >= total ? 0 : 1;
} finally {
  await stop();
}
