import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, type TestDatabase } from '@mitmach/db/testing';
import { contracts, createDeadLetterStore, createEventConsumer, on, writeEvent } from '@mitmach/events';
import { createProbeTables, probeDeadLetters, probeOutbox, probeProcessed } from '@mitmach/events/testing';
import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../http-server';
import { traceLogFields } from './log-fields';
import { sqlSpans } from './sql-spans';
import { registerTracing, type Tracing } from './start-tracing';

const logger = pino({ level: 'silent' });
const exporter = new InMemorySpanExporter();
// Taken once tracing is registered, as the code under test takes its tracers.
const tracer = () => trace.getTracer('test');
let tracing: Tracing;
let database: TestDatabase;

beforeAll(async () => {
  tracing = registerTracing({ serviceName: 'probe', spanProcessors: [new SimpleSpanProcessor({ exporter })] });
  database = await createTestDatabase();
  await createProbeTables(database.connection.drizzle());
});
afterAll(async () => {
  await database?.dispose();
  await tracing?.shutdown();
});
beforeEach(() => exporter.reset());

const named = (name: string) => exporter.getFinishedSpans().filter((span) => span.name === name);
const childrenOf = (parent: ReadableSpan) =>
  exporter.getFinishedSpans().filter((span) => span.parentSpanContext?.spanId === parent.spanContext().spanId);

describe('tracing', () => {
  it('serves a request in a server span that continues the caller’s trace and names it in the request’s log lines', async () => {
    const lines: { msg: string; trace_id?: string; span_id?: string }[] = [];
    const requestLogger = pino({ mixin: traceLogFields }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const app = createHttpServer({ logger: requestLogger, readiness: async () => ({ ready: true }) });
    app.post('/echo', async (request) => {
      request.log.info('echoing');
      return request.body;
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    try {
      const response = await fetch(`${base}/echo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${callerSpanId}-01` },
        body: JSON.stringify({ question: 'wer macht mit?' }),
      });
      const echoed = await response.json();
      await fetch(`${base}/health/live`);
      await expect.poll(() => named('POST /echo').length).toBe(1);
      const [span] = named('POST /echo');
      expect(span?.kind).toBe(SpanKind.SERVER);
      expect(span?.spanContext().traceId).toBe(traceId);
      expect(span?.parentSpanContext?.spanId).toBe(callerSpanId);
      expect(span?.attributes['http.response.status_code']).toBe(200);
      expect(echoed).toEqual({ question: 'wer macht mit?' });
      // The handler's log line and the one closing the request both name the request's span.
      const ids = { trace_id: traceId, span_id: span?.spanContext().spanId };
      expect(lines.filter((line) => line.trace_id === traceId)).toEqual([
        expect.objectContaining({ msg: 'echoing', ...ids }),
        expect.objectContaining({ msg: 'request completed', ...ids }),
      ]);
      // Health probes leave no trace.
      expect(exporter.getFinishedSpans()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  it('times each SQL statement sent inside a span, and starts no trace for statements outside one', async () => {
    const db = database.connection.drizzle({ observe: sqlSpans() });
    await db.select().from(probeOutbox);
    await tracer().startActiveSpan('work', async (span) => {
      await db.select().from(probeOutbox);
      span.end();
    });
    const [work] = named('work');
    const statements = exporter.getFinishedSpans().filter((span) => span.kind === SpanKind.CLIENT);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.parentSpanContext?.spanId).toBe(work?.spanContext().spanId);
    expect(statements[0]?.name).toBe('SELECT');
    expect(statements[0]?.attributes).toMatchObject({ 'db.system.name': 'postgresql' });
    expect(statements[0]?.attributes['db.query.text']).toContain('from "probe"."outbox"');
  });

  it('stores the trace context with an event and continues it where the event is applied', async () => {
    const db = database.connection.drizzle({ observe: sqlSpans() });
    const regionId = randomUUID();
    const envelope = await tracer().startActiveSpan('change', async (span) => {
      try {
        return await db.transaction((tx) =>
          writeEvent(tx, probeOutbox, contracts.outcomeRecorded, {
            aggregateId: regionId,
            payload: {
              outcomeId: randomUUID(),
              conferenceId: randomUUID(),
              regionId,
              country: 'CH',
              kind: 'cooperation',
              title: 'Gemeinsamer Hofladen',
              description: '',
              fieldsOfAction: [],
              sdgs: [],
              recordedAt: new Date().toISOString(),
            },
          }),
        );
      } finally {
        span.end();
      }
    });
    const [change] = named('change');
    const [write] = named('create conferences.outcome-recorded');
    expect(write?.kind).toBe(SpanKind.PRODUCER);
    expect(write?.parentSpanContext?.spanId).toBe(change?.spanContext().spanId);
    expect(envelope.traceparent).toBe(`00-${write?.spanContext().traceId}-${write?.spanContext().spanId}-01`);
    expect(childrenOf(write as ReadableSpan).map((span) => span.name)).toEqual(['INSERT', 'SELECT']);

    const consumer = createEventConsumer({
      group: 'probe',
      db,
      processed: probeProcessed,
      deadLetters: createDeadLetterStore({ group: 'probe', db, table: probeDeadLetters, logger }),
      handlers: [
        on(contracts.outcomeRecorded, (tx) =>
          tx
            .select()
            .from(probeOutbox)
            .then(() => {}),
        ),
      ],
      logger,
    });
    const outcome = await consumer.process({
      topic: 'conferences.outcome.v1',
      key: regionId,
      eventId: envelope.id,
      value: JSON.stringify(envelope),
    });
    expect(outcome).toEqual({ status: 'applied' });
    const [applied] = named('process conferences.outcome-recorded');
    expect(applied?.kind).toBe(SpanKind.CONSUMER);
    expect(applied?.parentSpanContext?.spanId).toBe(write?.spanContext().spanId);
    expect(applied?.spanContext().traceId).toBe(write?.spanContext().traceId);
    expect(applied?.attributes['messaging.consumer.group.name']).toBe('probe');
    // Claiming the event id, then the handler's own statement.
    expect(childrenOf(applied as ReadableSpan).map((span) => span.name)).toEqual(['INSERT', 'SELECT']);
  });
});
