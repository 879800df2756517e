import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** A fresh database on the Postgres server of DRILL_DATABASE_URL (default: the local server), dropped at the end. */
export async function drillDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env.DRILL_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `drill_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
