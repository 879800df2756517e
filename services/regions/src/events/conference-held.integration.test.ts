import { randomUUID } from 'node:crypto';
import { contracts, type EventTransport, topicOf, uuidV7 } from '@mitmach/events';
import { errorCodes, startFederation, startForFile, tokenFor } from '@mitmach/testkit';
import { describe, expect, it, vi } from 'vitest';
import { regionSeedId } from '../seed/seed';
import { regionsSubgraph } from '../subgraph';

const { platform: federation, query } = await startForFile(() =>
  startFederation({ subgraphs: [regionsSubgraph], events: true }),
);

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
    await expect
      .poll(async () => (await region()).body.data?.region, { timeout: 90_000, interval: 50 })
      .toEqual({ hasHeldConference: true, firstConferenceOn: '2026-11-21' });

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
    const [letter] = await vi.waitFor(
      async () => {
        const response = await query<{
          regionsEventDeadLetters: { id: string; eventName: string; attempts: number }[];
        }>('{ regionsEventDeadLetters { id eventName attempts error } }', {}, { token: staff });
        expect(response.body.data?.regionsEventDeadLetters).not.toEqual([]);
        return response.body.data?.regionsEventDeadLetters ?? [];
      },
      { timeout: 30_000, interval: 50 },
    );
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
