import { randomUUID } from 'node:crypto';
import { contracts, type EventTransport } from '@mitmach/events';
import { errorCodes, graphqlClient, startForFile, tokenFor } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregatesReversed, recordOf, republished, testEvent } from '../testing/events';
import { figuresSnapshot } from '../testing/figures-snapshot';
import { fixtureEvents, fixtureId, fixtureIds } from '../testing/fixture';
import { type RunningStatistics, startStatistics } from '../testing/start-statistics';

const events = fixtureEvents();

const { platform: inOrder } = await startForFile(startStatistics);
const outcomes = await inOrder.apply(events);
expect(outcomes.every((outcome) => outcome.status === 'applied')).toBe(true);
const reference = await figuresSnapshot(inOrder);

describe('the statistics consumer', () => {
  it('changes nothing when every event is delivered a second time', async () => {
    const outcomes = await inOrder.apply(events);
    expect(new Set(outcomes.map((outcome) => outcome.status))).toEqual(new Set(['duplicate']));
    expect(await figuresSnapshot(inOrder)).toEqual(reference);
  });

  it('changes nothing when the same facts and states are published again under new event ids', async () => {
    const outcomes = await inOrder.apply(events.map(republished));
    expect(new Set(outcomes.map((outcome) => outcome.status))).toEqual(new Set(['applied']));
    expect(await figuresSnapshot(inOrder)).toEqual(reference);
  });

  it('changes nothing for changes that arrive after newer ones of the same registration, adoption, region, enrollment', async () => {
    const late = [
      // Registration 1 attended the Aachen conference (marked 2025-03-08 19:00); a cancellation from before arrives now.
      testEvent(
        contracts.registrationChanged,
        fixtureId('registration:1'),
        {
          registrationId: fixtureId('registration:1'),
          conferenceId: fixtureIds.aachenKonferenz,
          regionId: fixtureIds.aachen,
          country: 'DE',
          personId: fixtureId('person:1'),
          sector: 'civil_society',
          status: 'cancelled',
          attended: null,
          changedAt: '2025-02-15T12:00:00Z',
        },
        '2025-02-15T12:00:00Z',
      ),
      // Bamberg implemented the Bürgerbus on 2025-10-15; an abandonment from September arrives now.
      testEvent(
        contracts.adoptionChanged,
        fixtureId('adoption:buergerbus-bamberg'),
        {
          adoptionId: fixtureId('adoption:buergerbus-bamberg'),
          actionId: fixtureIds.buergerbus,
          regionId: fixtureIds.bamberg,
          status: 'abandoned',
          startedOn: '2025-05-01',
          completedOn: null,
          changedAt: '2025-09-01T10:00:00Z',
        },
        '2025-09-01T10:00:00Z',
      ),
      // Bamberg is in the Regionallabor since 2025-06-01; a pause from May arrives now.
      testEvent(
        contracts.regionStatusChanged,
        fixtureIds.bamberg,
        {
          regionId: fixtureIds.bamberg,
          country: 'DE',
          from: 'accepted',
          to: 'paused',
          changedAt: '2025-05-01T10:00:00Z',
        },
        '2025-05-01T10:00:00Z',
      ),
      // Enrollment 1 completed on 2025-02-20; a withdrawal (with an old course title) from February 1 arrives now.
      testEvent(
        contracts.enrollmentChanged,
        fixtureId('enrollment:1'),
        {
          enrollmentId: fixtureId('enrollment:1'),
          personId: fixtureId('learner:1'),
          target: { kind: 'course', id: fixtureIds.pressCourse, title: 'Pressearbeit (alter Titel)' },
          status: 'withdrawn',
          percentComplete: 30,
          completedAt: null,
          changedAt: '2025-02-01T10:00:00Z',
        },
        '2025-02-01T10:00:00Z',
      ),
    ];
    const outcomes = await inOrder.apply(late);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect(await figuresSnapshot(inOrder)).toEqual(reference);
  });

  it('ends with the same figures when aggregates arrive in another order (adoptions before regions and actions)', async () => {
    const reordered = await startStatistics();
    try {
      const outcomes = await reordered.apply(aggregatesReversed(events));
      expect(outcomes.every((outcome) => outcome.status === 'applied')).toBe(true);
      expect(await figuresSnapshot(reordered)).toEqual(reference);
    } finally {
      await reordered.stop();
    }
  });
});

describe('the statistics consumer on the Postgres transport', () => {
  let platform: RunningStatistics;
  beforeAll(async () => {
    platform = await startStatistics({ events: true });
  });
  afterAll(() => platform?.stop());

  it('builds the same figures from the published stream', async () => {
    await (platform.transport as EventTransport).publish(events.map(recordOf));
    await expect.poll(() => figuresSnapshot(platform), { timeout: 30_000, interval: 250 }).toEqual(reference);
  });

  it('parks a status change of a region it never saw as a dead letter that staff can list and replay', async () => {
    const query = graphqlClient(platform.gatewayUrl);
    const staff = await tokenFor(platform.jwtSecret, ['staff']);
    const regionId = randomUUID();
    await (platform.transport as EventTransport).publish([
      recordOf(
        testEvent(
          contracts.regionStatusChanged,
          regionId,
          { regionId, country: 'CH', from: 'applied', to: 'accepted', changedAt: '2025-04-01T10:00:00Z' },
          '2025-04-01T10:00:00Z',
        ),
      ),
    ]);
    const letters = () =>
      query<{ statisticsEventDeadLetters: { id: string; eventName: string; attempts: number; error: string }[] }>(
        '{ statisticsEventDeadLetters { id eventName attempts error } }',
        {},
        { token: staff },
      );
    await expect
      .poll(async () => (await letters()).body.data?.statisticsEventDeadLetters.length, { timeout: 30_000 })
      .toBe(1);
    const [letter] = (await letters()).body.data?.statisticsEventDeadLetters ?? [];
    expect(letter).toMatchObject({ eventName: 'regions.region-status-changed', attempts: 5 });
    expect(letter?.error).toMatch(/unknown region/);

    expect(errorCodes(await query('{ statisticsEventDeadLetters { id } }'))).toEqual(['FORBIDDEN']);
    const reporting = await tokenFor(platform.jwtSecret, ['reporting']);
    expect(errorCodes(await query('{ statisticsEventDeadLetters { id } }', {}, { token: reporting }))).toEqual([
      'FORBIDDEN',
    ]);
    const replay = await query<{ replayStatisticsEventDeadLetter: { applied: boolean; error: string } }>(
      'mutation($id: UUID!) { replayStatisticsEventDeadLetter(input: { id: $id }) { applied error } }',
      { id: letter?.id },
      { token: staff },
    );
    expect(replay.body.data?.replayStatisticsEventDeadLetter).toMatchObject({ applied: false });
    expect(replay.body.data?.replayStatisticsEventDeadLetter.error).toMatch(/unknown region/);
  });
});
