// Fault drill (b), a check that prints figures (not a test): the distributed platform on a Postgres cluster of its own
// records a burst of outcomes through the gateway (each one event, which the action pool and the statistics consume); in the
// middle of it the action pool's and the statistics service's processes are killed with SIGKILL, the launcher starts
// them again, and once the burst is through the drill counts, from the services' own tables, the events lost and
// applied twice by each consumer. The cluster is its own because the Postgres event log delivers only what committed
// before every transaction still open on the server, and a transaction someone leaves open on a shared server would
// hold the burst back for as long as it stays open.
//   npm run drill:kill-consumers [-- --events 10000 --port 4400 --catch-up-minutes 30]
import { drillOptions, startDrillTopology } from './drill-topology';
import { awaitDelivery, deliveryReport, recordOutcomes } from './outcome-burst';

const { total, basePort, catchUpMs } = drillOptions('drill:kill-consumers', 4400);
const killed = ['action-pool', 'statistics'];

const { cluster, platform, target, stop } = await startDrillTopology(basePort);
try {
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
  const { delivery, waitedS, caughtUp } = await awaitDelivery(cluster.url, target, catchUpMs);
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
  await stop();
}
