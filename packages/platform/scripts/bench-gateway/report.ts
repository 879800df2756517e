export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Why the run does not count (refused mutations, failed requests); null when it does. */
  invalid: string | null;
}

export type Target = 'ours' | 'hive' | 'hiveCache' | 'subgraph';

const cell = (measurement: Measurement | undefined) =>
  measurement
    ? `${Math.round(measurement.requestsPerSecond)} req/s ${measurement.p50}/${measurement.p99} ms${measurement.invalid ? ' (void)' : ''}`
    : '';

const ratio = (ours: Measurement | undefined, other: Measurement | undefined) =>
  ours && other && !ours.invalid && !other.invalid && other.requestsPerSecond > 0
    ? `${(ours.requestsPerSecond / other.requestsPerSecond).toFixed(2)}×`
    : '';

/** The Markdown table: each target's req/s with p50/p99, and ours against the better of Hive's two runs. */
export function table(results: Map<string, Partial<Record<Target, Measurement>>>): string {
  const rows = [
    '| load | our gateway | Hive Gateway | Hive Gateway, response cache | regions subgraph directly | ours / better Hive |',
    '|---|---|---|---|---|---|',
  ];
  for (const [load, byTarget] of results) {
    const hiveRuns = [byTarget.hive, byTarget.hiveCache].filter(
      (measurement): measurement is Measurement => measurement !== undefined && !measurement.invalid,
    );
    const betterHive = hiveRuns.sort((a, b) => b.requestsPerSecond - a.requestsPerSecond)[0];
    rows.push(
      `| ${load} | ${cell(byTarget.ours)} | ${cell(byTarget.hive)} | ${cell(byTarget.hiveCache)} | ${cell(byTarget.subgraph)} | ${ratio(byTarget.ours, betterHive)} |`,
    );
  }
  return rows.join('\n');
}
