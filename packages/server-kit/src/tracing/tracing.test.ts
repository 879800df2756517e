import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, type TestDatabase } from '@mitmach/db/testing';
import { createProbeTables, probeOutbox } from '@mitmach/events/testing';
import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../http-server';
import { traceLogFields } from './log-fields';
import { sqlSpans } from './sql-spans';
import { registerTracing, type Tracing } from './start-tracing';

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
});
