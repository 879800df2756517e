import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@mitmach/db/testing';
import { contracts, writeEvent } from '@mitmach/events';
import { createProbeTables, probeOutbox } from '@mitmach/events/testing';
import { isSpanContextValid, ProxyTracerProvider, trace } from '@opentelemetry/api';
import { TracerProvider } from '@opentelemetry/sdk-trace';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { sqlSpans } from './sql-spans';
import { startTracing, tracingEnabled } from './start-tracing';

describe('tracing without an OTLP endpoint', () => {
  it('registers nothing, so the API stays a no-op and events carry no trace context', async () => {
    expect(startTracing({}, { serviceName: 'probe', logger: pino({ level: 'silent' }) })).toBeNull();
    expect(tracingEnabled()).toBe(false);
    expect(sqlSpans()).toBeUndefined();
    const provider = trace.getTracerProvider();
    expect(provider).toBeInstanceOf(ProxyTracerProvider);
    expect((provider as ProxyTracerProvider).getDelegate()).not.toBeInstanceOf(TracerProvider);

    const database = await createTestDatabase();
    try {
      const db = database.connection.drizzle();
      await createProbeTables(db);
      const regionId = randomUUID();
      const envelope = await trace.getTracer('probe').startActiveSpan('change', (span) => {
        expect(span.isRecording()).toBe(false);
        expect(isSpanContextValid(span.spanContext())).toBe(false);
        return writeEvent(db, probeOutbox, contracts.outcomeRecorded, {
          aggregateId: regionId,
          payload: {
            outcomeId: randomUUID(),
            conferenceId: randomUUID(),
            regionId,
            country: 'IT',
            kind: 'idea',
            title: 'Mitfahrbank am Dorfplatz',
            description: '',
            fieldsOfAction: [],
            sdgs: [],
            recordedAt: new Date().toISOString(),
          },
        });
      });
      expect(envelope.traceparent).toBeNull();
      const [row] = await db.select().from(probeOutbox);
      expect(row?.traceparent).toBeNull();
    } finally {
      await database.dispose();
    }
  });
});
