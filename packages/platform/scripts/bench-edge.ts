// Public edge benchmark (not a test): how fast the gateway refuses each hostile document compared with answering an
// ordinary query, and what an ongoing attack costs the event loop and ordinary requests.
//   npm run bench:edge [-- --rounds 50]
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { actionPoolSubgraph } from '@mitmach/action-pool-service';
import { parseCommandLineOrExit } from '@mitmach/config';
import { regionsSubgraph } from '@mitmach/regions-service';
import { startFederation } from '@mitmach/testkit';
import { hostileDocuments, ordinaryQuery } from '../src/edge/operation-limits/hostile-documents';

const usage = 'usage: npm run bench:edge [-- --rounds 50]';
const { values } = parseCommandLineOrExit({ options: { rounds: { type: 'string', default: '50' } } }, usage);
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`--rounds must be a positive whole number, got ${values.rounds}`);

const federation = await startFederation({ subgraphs: [regionsSubgraph, actionPoolSubgraph] });

async function timed(query: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(federation.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  await response.arrayBuffer();
  return performance.now() - started;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function latencies(query: string): Promise<number[]> {
  await timed(query);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) samples.push(await timed(query));
  return samples.sort((a, b) => a - b);
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
try {
  const ordinary = await latencies(ordinaryQuery);
  const ordinaryMedian = percentile(ordinary, 50);
  console.log(`ordinary query: p50 ${ms(ordinaryMedian)}, p99 ${ms(percentile(ordinary, 99))} (${rounds} rounds)`);
  console.log('refusal of                                                       p50        p99   p50 / ordinary p50');
  for (const [name, query] of Object.entries(hostileDocuments)) {
    const refused = await latencies(query);
    const median = percentile(refused, 50);
    console.log(
      `  ${name.padEnd(62)} ${ms(median).padStart(9)} ${ms(percentile(refused, 99)).padStart(10)} ${(median / ordinaryMedian).toFixed(2).padStart(8)}`,
    );
  }

  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  let attacking = true;
  const attack = (async () => {
    while (attacking) await Promise.all(Object.values(hostileDocuments).map(timed));
  })();
  const underAttack = await latencies(ordinaryQuery);
  attacking = false;
  await attack;
  loop.disable();
  const attackedMedian = percentile(underAttack, 50);
  console.log(
    `ordinary query under attack: p50 ${ms(attackedMedian)} (${(attackedMedian / ordinaryMedian).toFixed(2)} × idle), p99 ${ms(percentile(underAttack, 99))}`,
  );
  console.log(
    `event loop delay under attack: p99 ${ms(loop.percentile(99) / 1e6)}, max ${ms(loop.max / 1e6)} (gateway and subgraphs share this process)`,
  );
} finally {
  await federation.stop();
}
