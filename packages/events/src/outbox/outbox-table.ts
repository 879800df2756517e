import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, type PgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The outbox of one service, in the service's own schema: events written in the same transaction as the change. */
export function outboxTable(schema: PgSchema) {
  return schema.table(
    'outbox',
    {
      position: bigserial({ mode: 'number' }).primaryKey(),
      id: uuid().notNull().unique(),
      name: text().notNull(),
      version: integer().notNull(),
      topic: text().notNull(),
      aggregateType: text().notNull(),
      aggregateId: text().notNull(),
      occurredAt: timestamp({ withTimezone: true }).notNull(),
      source: text().notNull(),
      traceparent: text(),
      payload: jsonb().notNull(),
      publishedAt: timestamp({ withTimezone: true }),
    },
    (table) => [index('outbox_unpublished_idx').on(table.position).where(sql`published_at is null`)],
  );
}

export type OutboxTable = ReturnType<typeof outboxTable>;
