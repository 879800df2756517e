export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Why the run does not count (refused mutations, failed requests); null when it does. */
  invalid: string | null;
}

export type Target = 'ours' | 'hive' | 'hiveCache' | 'subgraph' | 'plainFastify';

const cell = (measurement: Measurement | undefined) =>
  measurement
    ? `${Math.round(measurement.requestsPerSecond)} req/s ${measurement.p50}/${measurement.p99} ms${measurement.invalid ? ' (void)' : ''}`
    : '';

const valid = (ours: Measurement | undefined, other: Measurement | undefined) =>
  ours && other && !ours.invalid && !other.invalid && other.requestsPerSecond > 0
    ? ours.requestsPerSecond / other.requestsPerSecond
    : null;

const ratio = (ours: Measurement | undefined, other: Measurement | undefined) => {
  const value = valid(ours, other);
  return value === null ? '' : `${value.toFixed(2)}×`;
};

const share = (ours: Measurement | undefined, other: Measurement | undefined) => {
  const value = valid(ours, other);
  return value === null ? '' : `${Math.round(100 * value)}%`;
};

/**
 * The Markdown table: each target's req/s with p50/p99, ours against plain Hive and against the better of Hive's two
 * runs, and ours as a share of plain Fastify where it was measured.
 */
export function table(results: Map<string, Partial<Record<Target, Measurement>>>): string {
  const rows = [
    '| load | our gateway | Hive Gateway | Hive Gateway, response cache | regions subgraph directly | plain Fastify | ours / plain Hive | ours / better Hive | ours / plain Fastify |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [load, byTarget] of results) {
    const hiveRuns = [byTarget.hive, byTarget.hiveCache].filter(
      (measurement): measurement is Measurement => measurement !== undefined && !measurement.invalid,
    );
    const betterHive = hiveRuns.sort((a, b) => b.requestsPerSecond - a.requestsPerSecond)[0];
    rows.push(
      `| ${load} | ${cell(byTarget.ours)} | ${cell(byTarget.hive)} | ${cell(byTarget.hiveCache)} | ${cell(byTarget.subgraph)} | ${cell(byTarget.plainFastify)} | ${ratio(byTarget.ours, byTarget.hive)} | ${ratio(byTarget.ours, betterHive)} | ${share(byTarget.ours, byTarget.plainFastify)} |`,
    );
  }
  return rows.join('\n');
}
