import { sql } from 'drizzle-orm';
import { bigint, bigserial, customType, index, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Transaction ids as 64-bit, wraparound-free xid8; kept as text in JavaScript.
const xid8 = customType<{ data: string }>({ dataType: () => 'xid8' });

export const eventbus = pgSchema('eventbus');

/** The shared event log of the Postgres transport: what Kafka's topics are in the distributed topology. */
export const events = eventbus.table(
  'events',
  {
    position: bigserial({ mode: 'number' }).primaryKey(),
    tx: xid8().notNull().default(sql`pg_current_xact_id()`),
    topic: text().notNull(),
    key: text().notNull(),
    eventId: uuid().notNull().unique(),
    value: text().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // A group reads its topics from its cursor on: (topic, tx, position) finds exactly those rows, where separate
  // indexes on topic and on the cursor made every poll rescan the other topics' rows.
  (table) => [index('events_topic_cursor_idx').on(table.topic, table.tx, table.position)],
);

/** How far each consumer group has read: the (transaction id, position) of the last record it handled. */
export const consumerPositions = eventbus.table('consumer_positions', {
  consumerGroup: text().primaryKey(),
  tx: xid8().notNull().default(sql`'0'::xid8`),
  position: bigint({ mode: 'number' }).notNull().default(0),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Who holds each exclusive role (an outbox relay, a consumer group's reader): every new holder raises the generation,
 * and every write of the role checks it in its own transaction, so a holder that lost its lock unnoticed commits
 * nothing more once a successor took over.
 */
export const leases = eventbus.table('leases', {
  name: text().primaryKey(),
  generation: bigint({ mode: 'number' }).notNull(),
  acquiredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
