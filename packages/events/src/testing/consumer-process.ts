// A consumer in its own process, for the test that kills it mid-batch: node --import tsx consumer-process.ts <url>
import { setTimeout as sleep } from 'node:timers/promises';
import { connectPostgres } from '@mitmach/db';
import pino from 'pino';
import { createDeadLetterStore } from '../consumer/dead-letter-store';
import { createEventConsumer, on } from '../consumer/event-consumer';
import { outcomeRecorded } from '../contracts/conferences';
import { createPostgresTransport } from '../transport/postgres/postgres-transport';
import { effects, probeDeadLetters, probeProcessed } from './probe-service';

const url = process.argv[2];
if (!url) throw new Error('usage: consumer-process.ts <database url>');
const connection = connectPostgres({ url, maxConnections: 3 });
const logger = pino({ level: 'silent' });
const transport = await createPostgresTransport({ connection, logger, pollIntervalMs: 50 });
const db = connection.drizzle();
const consumer = createEventConsumer({
  group: 'kill-test',
  db,
  processed: probeProcessed,
  deadLetters: createDeadLetterStore({ group: 'kill-test', db, table: probeDeadLetters, logger }),
  logger,
  handlers: [
    on(outcomeRecorded, async (tx, event) => {
      await tx.insert(effects).values({ eventId: event.id, text: event.payload.title });
      // Slow enough that the parent's SIGKILL lands in the middle of a batch.
      await sleep(2);
    }),
  ],
});
await consumer.worker(transport).start();
process.stdout.write('consuming\n');
