import { type DatabaseConnection, type Db, selectRows } from '@mitmach/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { acquireRoleLease, LeaseLostError, type RoleLease } from '../../lease/role-lease';
import { wakeable } from '../../worker';
import type { EventTransport, PublishOptions, SubscribeOptions, Subscription, TransportRecord } from '../transport';
import { consumerPositions, events } from './eventbus.schema';
import { migrateEventbus } from './migrate-eventbus';

const channel = 'eventbus';

export interface PostgresTransportOptions {
  connection: DatabaseConnection;
  logger: Logger;
  /** How often an idle consumer looks for records when no NOTIFY woke it. */
  pollIntervalMs?: number;
  batchSize?: number;
}

interface EventRow {
  position: string | number;
  tx: string;
  topic: string;
  key: string;
  event_id: string;
  value: string;
}

/**
 * Reads records a group has not handled yet. Sequence values are taken before commit and transactions commit out of
 * order, so a plain "position > last" cursor could pass a record whose transaction commits later. The cursor is
 * therefore (transaction id, position), and only records of transactions older than every transaction still running
 * (pg_snapshot_xmin) are read: nothing can later appear behind the cursor. A long-running transaction elsewhere in the
 * database delays delivery for its duration, and never loses a record.
 */
function readBatch(db: Db, group: string, topics: readonly string[], limit: number) {
  return selectRows<EventRow>(
    db,
    sql`select e.position, e.tx::text as tx, e.topic, e.key, e.event_id, e.value
        from ${events} e, ${consumerPositions} p
        where p.consumer_group = ${group}
          and e.topic in (${sql.join(
            topics.map((topic) => sql`${topic}`),
            sql`, `,
          )})
          and (e.tx, e.position) > (p.tx, p.position)
          and e.tx < pg_snapshot_xmin(pg_current_snapshot())
        order by e.tx, e.position
        limit ${limit}`,
  );
}

export async function createPostgresTransport(options: PostgresTransportOptions): Promise<EventTransport> {
  await migrateEventbus(options.connection);
  const db = options.connection.drizzle();
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const batchSize = options.batchSize ?? 100;
  const subscriptions = new Set<Subscription>();

  async function subscribe(subscription: SubscribeOptions): Promise<Subscription> {
    const logger = options.logger.child({ transport: 'postgres', group: subscription.group });
    await db.insert(consumerPositions).values({ consumerGroup: subscription.group }).onConflictDoNothing();
    const signal = wakeable();
    const unlisten = await options.connection.listen(channel, () => signal.wake());
    let running = true;
    let healthy = true;

    async function commit(lease: RoleLease, row: EventRow): Promise<void> {
      await db.transaction(async (tx) => {
        await lease.fence(tx);
        await tx.execute(
          sql`update ${consumerPositions} set tx = ${row.tx}::xid8, position = ${Number(row.position)}, updated_at = now()
              where consumer_group = ${subscription.group}`,
        );
      });
    }

    async function deliver(lease: RoleLease): Promise<void> {
      for (;;) {
        const rows = await readBatch(db, subscription.group, subscription.topics, batchSize);
        if (rows.length === 0 || !running) return;
        // The position moves once per batch, to the last record handled; a failure keeps what was handled before it.
        let handled: EventRow | null = null;
        try {
          for (const row of rows) {
            if (!running) return;
            await subscription.handle(
              { topic: row.topic, key: row.key, eventId: row.event_id, value: row.value },
              lease.fence,
            );
            handled = row;
          }
        } finally {
          if (handled) await commit(lease, handled);
        }
      }
    }

    // One member of a group reads at a time, across processes; the others wait to take over.
    async function acquire(): Promise<RoleLease | null> {
      while (running) {
        try {
          const lease = await acquireRoleLease(options.connection, `consumer:${subscription.group}`);
          if (lease) return lease;
        } catch (error) {
          logger.error({ err: error }, 'taking the group over failed; retrying');
        }
        await signal.sleep(pollIntervalMs);
      }
      return null;
    }

    async function serve(lease: RoleLease): Promise<void> {
      while (running) {
        try {
          await deliver(lease);
          healthy = true;
        } catch (error) {
          if (error instanceof LeaseLostError) {
            logger.warn({ generation: lease.generation }, 'another member took the group over; standing by');
            healthy = true;
            return;
          }
          healthy = false;
          logger.error({ err: error }, 'delivering events failed; retrying');
        }
        await signal.sleep(pollIntervalMs);
      }
    }

    const loop = (async () => {
      for (;;) {
        const lease = await acquire();
        if (!lease) return;
        try {
          await serve(lease);
        } finally {
          await lease.release();
        }
      }
    })();

    const handle: Subscription = {
      async stop() {
        running = false;
        signal.wake();
        await loop;
        await unlisten();
        subscriptions.delete(handle);
      },
      healthy: () => running && healthy,
    };
    subscriptions.add(handle);
    return handle;
  }

  return {
    kind: 'postgres',
    async publish(records: readonly TransportRecord[], publishOptions: PublishOptions = {}) {
      if (records.length === 0) return;
      await db.transaction(async (tx) => {
        await publishOptions.fence?.(tx);
        await tx
          .insert(events)
          .values(
            records.map((record) => ({
              topic: record.topic,
              key: record.key,
              eventId: record.eventId,
              value: record.value,
            })),
          )
          .onConflictDoNothing({ target: events.eventId });
        await tx.execute(sql`select pg_notify(${channel}, '')`);
      });
    },
    subscribe,
    async resetGroup(group: string) {
      await db.execute(
        sql`update ${consumerPositions} set tx = '0'::xid8, position = 0, updated_at = now() where consumer_group = ${group}`,
      );
    },
    async forgetKey(topic: string, key: string) {
      const gone = await db
        .delete(events)
        .where(and(eq(events.topic, topic), eq(events.key, key)))
        .returning({ position: events.position });
      return gone.length;
    },
    async lag(group: string, topics: readonly string[]) {
      if (topics.length === 0) return 0;
      const [row] = await selectRows<{ lag: string | number }>(
        db,
        sql`select count(*) as lag
            from ${events} e
            left join ${consumerPositions} p on p.consumer_group = ${group}
            where e.topic in (${sql.join(
              topics.map((topic) => sql`${topic}`),
              sql`, `,
            )})
              and (p.consumer_group is null or (e.tx, e.position) > (p.tx, p.position))`,
      );
      return Number(row?.lag ?? 0);
    },
    async close() {
      await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
    },
  };
}
