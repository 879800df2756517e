import type { DatabaseConnection } from '@mitmach/db';
import { acquireRoleLease, type EventTransport } from '@mitmach/events';
import { eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { deadLetters, processedEvents, readModelTables } from '../db/schema';
import { statisticsSubgraph } from '../subgraph';

const consumerGroup = statisticsSubgraph.name;

export interface RebuildContext {
  connection: DatabaseConnection;
  transport: EventTransport;
  logger: Logger;
}

export class ConsumerRunningError extends Error {}

/**
 * Empties the read model and moves the statistics consumer group back to the start of its topics, so that the
 * consumer, once (re)started, replays every event and the figures come back exactly as the events say.
 *
 * The group's consumer must be stopped meanwhile: on the Postgres transport a running member holds the group's lock
 * and the rebuild refuses to start; Kafka refuses to reset the offsets of a group with active members. The read model
 * and the processed ids are emptied in one transaction; should the reset of the position fail after it, running the
 * rebuild again completes it.
 */
export async function rebuildStatistics({ connection, transport, logger }: RebuildContext): Promise<void> {
  // The role of the Postgres transport's member of the group: held by a running consumer, in any process. Taking it
  // raises its generation, so a member that lost it unnoticed cannot write into the emptied read model.
  const lease = transport.kind === 'postgres' ? await acquireRoleLease(connection, `consumer:${consumerGroup}`) : null;
  if (transport.kind === 'postgres' && !lease) {
    throw new ConsumerRunningError(
      `the ${consumerGroup} consumer is running; stop the statistics service (its consumer) before rebuilding`,
    );
  }
  try {
    const db = connection.drizzle();
    await db.transaction(async (tx) => {
      await lease?.fence(tx);
      await tx.execute(
        sql`truncate ${sql.join(
          readModelTables.map((table) => sql`${table}`),
          sql`, `,
        )}`,
      );
      await tx.delete(processedEvents).where(eq(processedEvents.consumerGroup, consumerGroup));
      // Replaying parks the events that still fail again, as new letters.
      await tx.delete(deadLetters).where(eq(deadLetters.consumerGroup, consumerGroup));
    });
    await statisticsSubgraph.createConsumer({ db, logger })?.consumer.reset(transport);
    logger.info(
      { group: consumerGroup },
      'statistics read model emptied; the consumer replays every event when it runs',
    );
  } finally {
    await lease?.release();
  }
}
