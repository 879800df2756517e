import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  type PgSchema,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// Transaction ids as 64-bit, wraparound-free xid8; kept as text in JavaScript.
const xid8 = customType<{ data: string }>({ dataType: () => 'xid8' });

/**
 * A change log in the schema of the service that reads it: one row per change event, stamped with the id of the
 * transaction that appended it, so that `readChanges` can follow it in commit order.
 */
export function changeLogTable(schema: PgSchema) {
  return schema.table(
    'change_log',
    {
      position: bigserial({ mode: 'number' }).primaryKey(),
      tx: xid8().notNull().default(sql`pg_current_xact_id()`),
      eventId: uuid().notNull().unique(),
      eventName: text().notNull(),
      source: text().notNull(),
      entityType: text().notNull(),
      entityId: text().notNull(),
      key: jsonb().$type<Record<string, string>>().notNull(),
      kind: text().notNull(),
      changedFields: jsonb().$type<string[]>().notNull(),
      public: boolean().notNull(),
      version: integer().notNull(),
      occurredAt: timestamp({ withTimezone: true }).notNull(),
    },
    (table) => [
      index('change_log_cursor_idx').on(table.tx, table.position),
      index('change_log_entity_type_idx').on(table.entityType, table.tx, table.position),
    ],
  );
}

export type ChangeLogTable = ReturnType<typeof changeLogTable>;
