import type { DatabaseConnection } from '@mitmach/db';
import { asc, inArray, isNull } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { Logger } from 'pino';
import type { EventEnvelope } from '../envelope';
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
 * in between publishes them again (at least once), and one relay per service at a time keeps per-aggregate order.
 */
export function createOutboxRelay(options: OutboxRelayOptions): Worker & { publishPending(): Promise<number> } {
  const schema = getTableConfig(options.outbox).schema ?? 'public';
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

  async function publishPending(): Promise<number> {
    let published = 0;
    for (;;) {
      const rows = await db
        .select()
        .from(options.outbox)
        .where(isNull(options.outbox.publishedAt))
        .orderBy(asc(options.outbox.position))
        .limit(batchSize);
      if (rows.length === 0) return published;
      await options.transport.publish(rows.map(recordOf));
      await db
        .update(options.outbox)
        .set({ publishedAt: new Date() })
        .where(
          inArray(
            options.outbox.position,
            rows.map((row) => row.position),
          ),
        );
      published += rows.length;
    }
  }

  async function run(): Promise<void> {
    let release: (() => Promise<void>) | null = null;
    while (running && !release) {
      release = await options.connection.tryLock(`outbox-relay:${schema}`);
      if (!release) await signal.sleep(pollIntervalMs);
    }
    try {
      while (running) {
        try {
          const count = await publishPending();
          healthy = true;
          if (count > 0) logger.debug({ count }, 'published outbox events');
        } catch (error) {
          healthy = false;
          logger.error({ err: error }, 'publishing the outbox failed; retrying');
        }
        await signal.sleep(pollIntervalMs);
      }
    } finally {
      await release?.();
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
