import type { Db } from '@mitmach/db';
import type { DeadLettersTable, EventConsumer, EventTransport, OutboxTable } from '@mitmach/events';
import { count, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { Gauge, Registry } from 'prom-client';

export interface EventMetricsOptions {
  service: string;
  db: Db;
  outbox: OutboxTable | undefined;
  deadLetters: DeadLettersTable | undefined;
  consumer: EventConsumer | null;
  transport: EventTransport | null;
}

/**
 * GET /metrics in the Prometheus text format: the service's outbox backlog, its consumer's lag and its dead letters,
 * each read when Prometheus scrapes, so the figures are never older than the scrape.
 */
export function registerEventMetrics(app: FastifyInstance, options: EventMetricsOptions): void {
  const registry = new Registry();
  registry.setDefaultLabels({ service: options.service });
  const { db, outbox, deadLetters, consumer, transport } = options;
  if (outbox) {
    new Gauge({
      name: 'mitmach_outbox_backlog',
      help: 'Events written to the outbox and not yet published.',
      registers: [registry],
      async collect() {
        const [row] = await db.select({ value: count() }).from(outbox).where(isNull(outbox.publishedAt));
        this.set(row?.value ?? 0);
      },
    });
  }
  if (consumer && transport) {
    new Gauge({
      name: 'mitmach_consumer_lag',
      help: "Records of the consumer group's topics it has yet to handle.",
      labelNames: ['group'],
      registers: [registry],
      async collect() {
        this.set({ group: consumer.group }, await transport.lag(consumer.group, consumer.topics));
      },
    });
  }
  if (deadLetters) {
    new Gauge({
      name: 'mitmach_dead_letters',
      help: 'Events that kept failing and wait to be replayed.',
      registers: [registry],
      async collect() {
        const [row] = await db.select({ value: count() }).from(deadLetters).where(isNull(deadLetters.replayedAt));
        this.set(row?.value ?? 0);
      },
    });
  }
  app.get('/metrics', async (request, reply) => {
    try {
      const text = await registry.metrics();
      return reply.header('content-type', registry.contentType).header('cache-control', 'no-store').send(text);
    } catch (error) {
      request.log.warn({ err: error }, 'metrics could not be read');
      return reply.status(503).send({ error: 'metrics are unavailable: the database does not answer' });
    }
  });
}
