import { type Db, selectRows } from '@mitmach/db';
import { sql } from 'drizzle-orm';
import type { ChangeKind } from '../change/change-event';
import { decodeChangeCursor, encodeChangeCursor, startOfLog } from './change-cursor';
import type { ChangeLogTable } from './change-log-table';

export const maxChangesPerRead = 1000;

export interface ReadChangesOptions {
  /** Entity types to read (`region`, `peer-group`, …); every type when left out. */
  entityTypes?: readonly string[];
  /** A cursor a read returned; the start of the log when left out. */
  after?: string | null;
  /** At most this many changes, 1 to 1000. */
  limit: number;
}

export interface LoggedChange {
  /** The cursor to read on from after this change. */
  cursor: string;
  eventId: string;
  eventName: string;
  source: string;
  entityType: string;
  entityId: string;
  key: Record<string, string>;
  kind: ChangeKind;
  changedFields: string[];
  public: boolean;
  version: number;
  occurredAt: Date;
}

export interface ChangePage {
  changes: LoggedChange[];
  /** Where to read on: after the last change returned, or the cursor given when there was none. */
  endCursor: string;
  /** Whether more changes could be read right away. */
  hasMore: boolean;
}

/** Options a client got wrong; the message says which and how. */
export class ReadChangesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadChangesError';
  }
}

interface ChangeRow {
  position: string | number;
  tx: string;
  event_id: string;
  event_name: string;
  source: string;
  entity_type: string;
  entity_id: string;
  key: Record<string, string>;
  kind: ChangeKind;
  changed_fields: string[];
  public: boolean;
  version: number;
  occurred_at: Date | string;
}

function check(options: ReadChangesOptions): void {
  if (!Number.isInteger(options.limit) || options.limit < 1 || options.limit > maxChangesPerRead) {
    throw new ReadChangesError(`limit must be a whole number from 1 to ${maxChangesPerRead}.`);
  }
  const types = options.entityTypes;
  if (types && (types.length === 0 || types.length > 50)) {
    throw new ReadChangesError('entityTypes names 1 to 50 entity types, or is left out for all of them.');
  }
  const bad = types?.find((type) => !/^[a-z][a-z0-9-]{0,62}$/.test(type));
  if (bad !== undefined) throw new ReadChangesError(`"${bad.slice(0, 64)}" is not an entity type (e.g. region).`);
}

/**
 * Reads a change log in commit order from a cursor. Positions are taken before commit and transactions commit out of
 * order, so the cursor is (transaction id, position), and only changes of transactions older than every transaction
 * still running are read: no change can later appear behind a cursor this returned, so a reader that goes on from it
 * misses nothing and sees nothing twice. A long transaction elsewhere in the database holds reads back while it runs.
 */
export async function readChanges(db: Db, log: ChangeLogTable, options: ReadChangesOptions): Promise<ChangePage> {
  check(options);
  const from = options.after ? decodeChangeCursor(options.after) : startOfLog;
  const types = options.entityTypes ? [...new Set(options.entityTypes)] : null;
  const rows = await selectRows<ChangeRow>(
    db,
    sql`select c.position, c.tx::text as tx, c.event_id, c.event_name, c.source, c.entity_type, c.entity_id, c.key,
               c.kind, c.changed_fields, c.public, c.version, c.occurred_at
        from ${log} c
        where (c.tx, c.position) > (${from.tx}::xid8, ${from.position}::bigint)
          and c.tx < pg_snapshot_xmin(pg_current_snapshot())
          ${
            types
              ? sql`and c.entity_type in (${sql.join(
                  types.map((type) => sql`${type}`),
                  sql`, `,
                )})`
              : sql``
          }
        order by c.tx, c.position
        limit ${options.limit + 1}`,
  );
  const hasMore = rows.length > options.limit;
  const changes = rows.slice(0, options.limit).map(
    (row): LoggedChange => ({
      cursor: encodeChangeCursor({ tx: row.tx, position: Number(row.position) }),
      eventId: row.event_id,
      eventName: row.event_name,
      source: row.source,
      entityType: row.entity_type,
      entityId: row.entity_id,
      key: row.key,
      kind: row.kind,
      changedFields: row.changed_fields,
      public: row.public,
      version: row.version,
      occurredAt: new Date(row.occurred_at),
    }),
  );
  return {
    changes,
    endCursor: changes.at(-1)?.cursor ?? options.after ?? encodeChangeCursor(from),
    hasMore,
  };
}

/**
 * A cursor after every change committed so far, for a reader that wants only what changes from now on. Changes of
 * transactions still running are behind it only in position, never in commit order, so it skips none of them.
 */
export async function latestChangeCursor(db: Db, log: ChangeLogTable): Promise<string> {
  const [row] = await selectRows<{ tx: string; position: string | number }>(
    db,
    sql`select c.tx::text as tx, c.position from ${log} c
        where c.tx < pg_snapshot_xmin(pg_current_snapshot())
        order by c.tx desc, c.position desc limit 1`,
  );
  return encodeChangeCursor(row ? { tx: row.tx, position: Number(row.position) } : startOfLog);
}
