import { type Db, selectRows } from '@mitmach/db';
import { sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { changeEventCatalogue } from '../catalogue';
import type { ChangePayload } from '../change/change-event';
import type { OutboxTable } from '../outbox/outbox-table';

export interface WrittenChange {
  name: string;
  /** The version of the contract the event was written with. */
  version: number;
  aggregateId: string;
  payload: ChangePayload;
  /** The id of the transaction that wrote the event, to compare with the writer of the changed row. */
  tx: string;
}

/**
 * Watches a service's outbox for change events in tests: `mark()` before a mutation, `since(mark)` after it gives the
 * change events it wrote, in write order, with the transaction that wrote each.
 */
export function changeEventsOf(db: Db, outbox: OutboxTable) {
  return {
    async mark(): Promise<number> {
      const [row] = await selectRows<{ position: string | number | null }>(
        db,
        sql`select max(position) as position from ${outbox}`,
      );
      return Number(row?.position ?? 0);
    },
    async since(mark: number): Promise<WrittenChange[]> {
      return selectRows<WrittenChange>(
        db,
        sql`select name, version, aggregate_id as "aggregateId", payload, xmin::text as tx from ${outbox}
            where position > ${mark}
              and (name, version) in (${sql.join(
                changeEventCatalogue.map((contract) => sql`(${contract.name}, ${contract.version}::integer)`),
                sql`, `,
              )})
            order by position`,
      );
    },
  };
}

/** The id of the transaction that last wrote a row (its xmin): the same as a change event's when both committed together. */
export async function writerOf(db: Db, table: PgTable, column: PgColumn, value: string): Promise<string | null> {
  const [row] = await selectRows<{ tx: string }>(
    db,
    sql`select xmin::text as tx from ${table} where ${column} = ${value}`,
  );
  return row?.tx ?? null;
}
