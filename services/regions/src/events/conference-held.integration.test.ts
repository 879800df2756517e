import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { contracts, type EventTransport, topicOf, uuidV7 } from '@mitmach/events';
import { errorCodes, type Federation, graphqlClient, startFederation, tokenFor } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionSeedId } from '../seed/seed';
import { regionsSubgraph } from '../subgraph';

let federation: Federation;
let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  federation = await startFederation({ subgraphs: [regionsSubgraph], events: true });
  query = graphqlClient(federation.gatewayUrl);
});
afterAll(() => federation?.stop());

function publishConferenceHeld(transport: EventTransport, regionId: string, heldOn: string) {
  const conferenceId = randomUUID();
  return transport.publish([
    {
      topic: topicOf(contracts.conferenceHeld),
      key: conferenceId,
      eventId: uuidV7(),
      value: JSON.stringify({
        id: uuidV7(),
        name: contracts.conferenceHeld.name,
        version: 1,
        aggregateType: 'conference',
        aggregateId: conferenceId,
        occurredAt: new Date().toISOString(),
        source: 'conferences',
        traceparent: null,
        payload: { conferenceId, regionId, country: 'DE', format: 'mitmach_konferenz', heldOn },
      }),
    },
  ]);
}

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await sleep(50);
  }
}

describe('a conference held elsewhere', () => {
  it('marks the region as having held a conference, which unlocks grants', async () => {
    const luzern = regionSeedId('luzern');
    const region = () =>
      query<{ region: { hasHeldConference: boolean; firstConferenceOn: string | null } }>(
        'query($id: UUID!) { region(id: $id) { hasHeldConference firstConferenceOn } }',
        { id: luzern },
      );
    expect((await region()).body.data?.region.hasHeldConference).toBe(false);
    await publishConferenceHeld(federation.transport as EventTransport, luzern, '2026-11-21');
    const after = await until(region, (response) => response.body.data?.region.hasHeldConference === true);
    expect(after.body.data?.region).toEqual({ hasHeldConference: true, firstConferenceOn: '2026-11-21' });

    const grant = await query<{ recordFundingEntry: { userErrors: unknown[]; entry: { kind: string } } }>(
      `mutation { recordFundingEntry(input: { regionId: "${luzern}", kind: GRANT, amountCents: 10000, note: "Saatgutbibliothek" }) {
         entry { kind } userErrors { code } } }`,
      {},
      { token: await tokenFor(federation.jwtSecret, ['staff']) },
    );
    expect(grant.body.data?.recordFundingEntry).toEqual({ entry: { kind: 'GRANT' }, userErrors: [] });
  });

  it('parks an event about an unknown region as a dead letter that staff can list and replay', async () => {
    const staff = await tokenFor(federation.jwtSecret, ['staff']);
    await publishConferenceHeld(federation.transport as EventTransport, randomUUID(), '2026-11-20');
    const letters = await until(
      () =>
        query<{ regionsEventDeadLetters: { id: string; eventName: string; attempts: number }[] }>(
          '{ regionsEventDeadLetters { id eventName attempts error } }',
          {},
          { token: staff },
        ),
      (response) => (response.body.data?.regionsEventDeadLetters.length ?? 0) > 0,
      30_000,
    );
    const [letter] = letters.body.data?.regionsEventDeadLetters ?? [];
    expect(letter).toMatchObject({ eventName: 'conferences.conference-held', attempts: 5 });

    expect(errorCodes(await query('{ regionsEventDeadLetters { id } }'))).toEqual(['FORBIDDEN']);
    const replay = await query<{ replayRegionsEventDeadLetter: { applied: boolean; error: string } }>(
      'mutation($id: UUID!) { replayRegionsEventDeadLetter(input: { id: $id }) { applied error userErrors { code } } }',
      { id: letter?.id },
      { token: staff },
    );
    expect(replay.body.data?.replayRegionsEventDeadLetter.applied).toBe(false);
    expect(replay.body.data?.replayRegionsEventDeadLetter.error).toMatch(/unknown region/);
  });
});
