import { type PgSchema, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The ids of erased people, and nothing else about them: the one place a service keeps an erased id, so that no
 * later write brings the person back and an erasure can be re-applied after a backup is restored.
 */
export function erasedPersonIdsTable(schema: PgSchema) {
  return schema.table('erased_person_ids', {
    personId: uuid().primaryKey(),
    erasedAt: timestamp({ withTimezone: true }).notNull(),
  });
}

export type ErasedPersonIdsTable = ReturnType<typeof erasedPersonIdsTable>;
