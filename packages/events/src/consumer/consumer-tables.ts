import { integer, type PgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Events a consuming service has applied, stored in the same transaction as their effects. */
export function processedEventsTable(schema: PgSchema) {
  return schema.table(
    'processed_events',
    {
      consumerGroup: text().notNull(),
      eventId: uuid().notNull(),
      processedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    },
    (table) => [primaryKey({ columns: [table.consumerGroup, table.eventId] })],
  );
}

/** Events that kept failing (or could not be read), kept for staff to inspect and replay. */
export function deadLettersTable(schema: PgSchema) {
  return schema.table('dead_letters', {
    id: uuid().primaryKey().defaultRandom(),
    consumerGroup: text().notNull(),
    eventId: text().notNull(),
    eventName: text(),
    topic: text().notNull(),
    value: text().notNull(),
    error: text().notNull(),
    attempts: integer().notNull(),
    failedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    replayedAt: timestamp({ withTimezone: true }),
  });
}

export type ProcessedEventsTable = ReturnType<typeof processedEventsTable>;
export type DeadLettersTable = ReturnType<typeof deadLettersTable>;
export type DeadLetterRow = DeadLettersTable['$inferSelect'];
