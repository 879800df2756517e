import type { DatabaseConnection } from '@mitmach/db';
import { asc, inArray, isNull } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { Logger } from 'pino';
import type { EventEnvelope } from '../envelope';
import { acquireRoleLease, LeaseLostError, type RoleLease } from '../lease/role-lease';
import { migrateEventbus } from '../transport/postgres/migrate-eventbus';
import type { EventTransport, TransportRecord } from '../transport/transport';
import { type Worker, wakeable } from '../worker';
import type { OutboxTable } from './outbox-table';
import { outboxChannel } from './write-event';

export interface OutboxRelayOptions {
  connection: DatabaseConnection;
  outbox: OutboxTable;
  transport: EventTransport;
  logger: Logger;
  batchSize?: number;
  pollIntervalMs?: number;
}

type OutboxRow = OutboxTable['$inferSelect'];

function recordOf(row: OutboxRow): TransportRecord {
  const envelope: EventEnvelope = {
    id: row.id,
    name: row.name,
    version: row.version,
    aggregateType: row.aggregateType,
    aggregateId: row.aggregateId,
    occurredAt: row.occurredAt.toISOString(),
    source: row.source,
    traceparent: row.traceparent,
    payload: row.payload,
  };
  return { topic: row.topic, key: row.aggregateId, eventId: row.id, value: JSON.stringify(envelope) };
}

/**
 * Publishes a service's outbox in write order and marks rows published only after the transport took them: a crash
 * in between publishes them again (at least once). One relay per service holds the role at a time, which keeps
 * per-aggregate order; its lease fences every publication and every marking, so a relay that lost the role unnoticed
 * writes nothing more once another took over, and stands by again.
 */
export function createOutboxRelay(options: OutboxRelayOptions): Worker & { publishPending(): Promise<number> } {
  const schema = getTableConfig(options.outbox).schema ?? 'public';
  const role = `outbox-relay:${schema}`;
  const logger = options.logger.child({ worker: 'outbox-relay', schema });
  const db = options.connection.drizzle();
  const batchSize = options.batchSize ?? 200;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const signal = wakeable();
  let running = false;
  // A standby relay waiting for another replica's lock is healthy; only a failed round makes it unready.
  let healthy = true;
  let loop: Promise<void> | null = null;
  let unlisten: (() => Promise<void>) | null = null;
  let migrated: Promise<void> | null = null;

  async function publishAsHolder(lease: RoleLease): Promise<number> {
    let published = 0;
    for (;;) {
      const rows = await db
        .select()
        .from(options.outbox)
        .where(isNull(options.outbox.publishedAt))
        .orderBy(asc(options.outbox.position))
        .limit(batchSize);
      if (rows.length === 0) return published;
      // Kafka stores records outside any transaction of ours: the lease is checked just before, and a record a
      // relay sends in the moment it loses the role is a duplicate the consumers' processed ids absorb.
      if (options.transport.kind !== 'postgres') await db.transaction(lease.fence);
      await options.transport.publish(rows.map(recordOf), { fence: lease.fence });
      await db.transaction(async (tx) => {
        await lease.fence(tx);
        await tx
          .update(options.outbox)
          .set({ publishedAt: new Date() })
          .where(
            inArray(
              options.outbox.position,
              rows.map((row) => row.position),
            ),
          );
      });
      published += rows.length;
    }
  }

  async function acquire(): Promise<RoleLease | null> {
    migrated ??= migrateEventbus(options.connection).catch((error: unknown) => {
      migrated = null;
      throw error;
    });
    await migrated;
    return acquireRoleLease(options.connection, role);
  }

  /** One round outside the background loop: publishes what is pending unless another relay holds the role. */
  async function publishPending(): Promise<number> {
    const lease = await acquire();
    if (!lease) return 0;
    try {
      return await publishAsHolder(lease);
    } finally {
      await lease.release();
    }
  }

  async function standBy(): Promise<RoleLease | null> {
    while (running) {
      try {
        const lease = await acquire();
        if (lease) return lease;
      } catch (error) {
        logger.error({ err: error }, 'taking the relay role failed; retrying');
      }
      await signal.sleep(pollIntervalMs);
    }
    return null;
  }

  async function serve(lease: RoleLease): Promise<void> {
    while (running) {
      try {
        const count = await publishAsHolder(lease);
        healthy = true;
        if (count > 0) logger.debug({ count }, 'published outbox events');
      } catch (error) {
        if (error instanceof LeaseLostError) {
          healthy = true;
          logger.warn({ generation: lease.generation }, 'another relay took the role over; standing by');
          return;
        }
        healthy = false;
        logger.error({ err: error }, 'publishing the outbox failed; retrying');
      }
      await signal.sleep(pollIntervalMs);
    }
  }

  async function run(): Promise<void> {
    for (;;) {
      const lease = await standBy();
      if (!lease) return;
      try {
        await serve(lease);
      } finally {
        await lease.release();
      }
    }
  }

  return {
    name: 'outbox-relay',
    publishPending,
    async start() {
      if (running) return;
      running = true;
      healthy = true;
      unlisten = await options.connection.listen(outboxChannel(options.outbox), () => signal.wake());
      loop = run();
    },
    async stop() {
      running = false;
      signal.wake();
      await loop;
      await unlisten?.();
      loop = null;
    },
    ready: () => running && healthy,
  };
}
