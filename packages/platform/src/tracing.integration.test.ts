import { randomBytes } from 'node:crypto';
import { conferenceId, firstConferenceKey } from '@mitmach/demo-network';
import { registerTracing, type Tracing } from '@mitmach/server-kit';
import { type Federation, graphqlClient, startFederation, tokenFor } from '@mitmach/testkit';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSubgraphs } from './load-subgraphs';

const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let federation: Federation;

beforeAll(async () => {
  // Before the servers are built, as every entry point does, so that they instrument themselves.
  tracing = registerTracing({ serviceName: 'platform', spanProcessors: [new SimpleSpanProcessor({ exporter })] });
  federation = await startFederation({
    subgraphs: await loadSubgraphs(['regions', 'conferences', 'action-pool']),
    events: true,
  });
});
afterAll(async () => {
  await federation?.stop();
  await tracing?.shutdown();
});

const recordOutcome = `mutation($input: RecordOutcomeInput!) {
  recordOutcome(input: $input) { outcome { id } userErrors { code } }
}`;
const resultingActions = 'query($id: UUID!) { conference(id: $id) { resultingActions { originOutcome { id } } } }';

describe('tracing', () => {
  it('follows one recorded outcome in one trace from the gateway to the action pool’s consumer', async () => {
    const query = graphqlClient(federation.gatewayUrl);
    const staff = await tokenFor(federation.jwtSecret, ['staff']);
    const conference = conferenceId(firstConferenceKey('wurzen'));
    // The client is traced itself, as an admin frontend may be: the platform continues its trace.
    const traceId = randomBytes(16).toString('hex');
    const clientSpanId = randomBytes(8).toString('hex');
    const recorded = await query<{ recordOutcome: { outcome: { id: string } } }>(
      recordOutcome,
      {
        input: {
          conferenceId: conference,
          kind: 'ACTION',
          title: 'Gießpatenschaften für Straßenbäume',
          description: 'Anwohner:innen übernehmen das Gießen der Bäume vor ihrer Haustür.',
          fieldsOfAction: ['social-cohesion'],
          sdgs: [11, 13],
          responsiblePersonIds: [],
          partnerOrganizationIds: [],
        },
      },
      { token: staff, headers: { traceparent: `00-${traceId}-${clientSpanId}-01` } },
    );
    const outcomeId = recorded.body.data?.recordOutcome.outcome.id;
    expect(outcomeId).toBeDefined();
    await expect
      .poll(
        async () => {
          const actions = await query<{ conference: { resultingActions: { originOutcome: { id: string } | null }[] } }>(
            resultingActions,
            { id: conference },
            { token: staff },
          );
          return actions.body.data?.conference.resultingActions.some(
            (action) => action.originOutcome?.id === outcomeId,
          );
        },
        { timeout: 15_000, interval: 100 },
      )
      .toBe(true);

    const spans = () => exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    const isConsumeSpan = (span: ReadableSpan) =>
      span.name === 'process conferences.outcome-recorded' &&
      span.attributes['messaging.consumer.group.name'] === 'action-pool';
    // The draft is visible once its transaction commits, a moment before the consume span ends.
    await expect.poll(() => spans().some(isConsumeSpan), { timeout: 5_000 }).toBe(true);

    const trace = spans();
    const parentOf = (span: ReadableSpan) =>
      trace.find((candidate) => candidate.spanContext().spanId === span.parentSpanContext?.spanId);
    const ancestorsOf = (span: ReadableSpan): ReadableSpan[] => {
      const parent = parentOf(span);
      return parent ? [parent, ...ancestorsOf(parent)] : [];
    };
    const only = (description: string, predicate: (span: ReadableSpan) => boolean): ReadableSpan => {
      const found = trace.filter(predicate);
      expect(
        found.map((span) => span.name),
        description,
      ).toHaveLength(1);
      return found[0] as ReadableSpan;
    };
    const isSql = (span: ReadableSpan) =>
      span.kind === SpanKind.CLIENT && span.attributes['db.system.name'] === 'postgresql';

    const request = only('the gateway’s request span', (span) => span.parentSpanContext?.spanId === clientSpanId);
    expect(request).toMatchObject({ name: 'POST /graphql', kind: SpanKind.SERVER });
    const fetch = only('the fetch to conferences', (span) => span.name === 'gateway.fetch');
    expect(fetch.attributes.service).toBe('conferences');
    expect(ancestorsOf(fetch).map((span) => span.name)).toEqual(
      expect.arrayContaining(['gateway.execute', 'gateway.request', 'POST /graphql']),
    );
    expect(ancestorsOf(fetch).at(-1)).toBe(request);
    const conferences = only(
      'the request conferences served',
      (span) => span.kind === SpanKind.SERVER && parentOf(span) === fetch,
    );
    expect(conferences.name).toBe('POST /graphql');
    expect(trace.filter((span) => isSql(span) && parentOf(span) === conferences).length).toBeGreaterThan(0);
    const write = only('the outbox write', (span) => span.name === 'create conferences.outcome-recorded');
    expect(write.kind).toBe(SpanKind.PRODUCER);
    expect(parentOf(write)).toBe(conferences);
    expect(
      trace.some(
        (span) =>
          isSql(span) && parentOf(span) === write && String(span.attributes['db.query.text']).includes('"outbox"'),
      ),
    ).toBe(true);
    const consume = only('the action pool applying the event', isConsumeSpan);
    expect(consume.kind).toBe(SpanKind.CONSUMER);
    expect(parentOf(consume)).toBe(write);
    expect(trace.filter((span) => isSql(span) && parentOf(span) === consume).length).toBeGreaterThan(0);
  });
});
