import { type Db, selectRows } from '@mitmach/db';
import { decodeChangeCursor, type LoggedChange } from '@mitmach/events';
import { sql } from 'drizzle-orm';
import { changeLog } from '../../db/schema';

/**
 * Of these changes, the ones after which their entity is not public but was public at an earlier change (the event
 * ids): one statement per page, whatever its length.
 */
export async function changesLeavingPublicView(db: Db, changes: readonly LoggedChange[]): Promise<Set<string>> {
  const hidden = changes.filter((change) => !change.public);
  if (hidden.length === 0) return new Set();
  const values = hidden.map((change) => {
    const { tx, position } = decodeChangeCursor(change.cursor);
    return sql`(${change.eventId}::uuid, ${change.entityType}, ${change.entityId}, ${tx}::xid8, ${position}::bigint)`;
  });
  const rows = await selectRows<{ event_id: string }>(
    db,
    sql`select h.event_id from (values ${sql.join(values, sql`, `)}) as h(event_id, entity_type, entity_id, tx, position)
        where exists (select 1 from ${changeLog} c where c.public and c.entity_type = h.entity_type
                      and c.entity_id = h.entity_id and (c.tx, c.position) < (h.tx, h.position))`,
  );
  return new Set(rows.map((row) => row.event_id));
}
