import type { Db } from '@mitmach/db';
import { sql } from 'drizzle-orm';
import { pgSchema, text, uuid } from 'drizzle-orm/pg-core';
import { deadLettersTable, processedEventsTable } from '../consumer/consumer-tables';
import { outboxTable } from '../outbox/outbox-table';

/**
 * A miniature service for the event tests: a business table, its outbox, and the consumer tables, created with the
 * DDL its drizzle tables describe.
 */
export const probeSchema = pgSchema('probe');
export const notes = probeSchema.table('notes', { id: uuid().primaryKey(), text: text().notNull() });
export const effects = probeSchema.table('effects', { eventId: uuid().primaryKey(), text: text().notNull() });
export const probeOutbox = outboxTable(probeSchema);
export const probeProcessed = processedEventsTable(probeSchema);
export const probeDeadLetters = deadLettersTable(probeSchema);

export async function createProbeTables(db: Db): Promise<void> {
  for (const statement of [
    sql`create schema if not exists probe`,
    sql`create table if not exists probe.notes (id uuid primary key, text text not null)`,
    sql`create table if not exists probe.effects (event_id uuid primary key, text text not null)`,
    sql`create table if not exists probe.outbox (
      position bigserial primary key, id uuid not null unique, name text not null, version integer not null,
      topic text not null, aggregate_type text not null, aggregate_id text not null,
      occurred_at timestamptz not null, source text not null, traceparent text, payload jsonb not null,
      published_at timestamptz)`,
    sql`create table if not exists probe.processed_events (
      consumer_group text not null, event_id uuid not null, processed_at timestamptz not null default now(),
      primary key (consumer_group, event_id))`,
    sql`create table if not exists probe.dead_letters (
      id uuid primary key default gen_random_uuid(), consumer_group text not null, event_id text not null,
      event_name text, topic text not null, value text not null, error text not null, attempts integer not null,
      failed_at timestamptz not null default now(), replayed_at timestamptz)`,
  ]) {
    await db.execute(statement);
  }
}
