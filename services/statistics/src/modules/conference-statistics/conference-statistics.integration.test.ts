import type { Role } from '@mitmach/auth';
import { startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { fixtureEvents, fixtureIds } from '../../testing/fixture';
import { conferenceEntitiesQuery } from '../../testing/queries';
import { startStatistics } from '../../testing/start-statistics';

const { platform } = await startForFile(startStatistics);
await platform.apply(fixtureEvents());

// biome-ignore lint/suspicious/noExplicitAny: compared field by field against hand counts
async function conferenceStatistics(conferenceId: string, roles: Role[] = []): Promise<any> {
  const response = await platform.subgraphQuery<{ _entities: { statistics: unknown }[] }>(
    conferenceEntitiesQuery,
    { representations: [{ __typename: 'Conference', id: conferenceId }] },
    roles,
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data?._entities[0]?.statistics;
}

const exact = (value: number) => ({ value, fewerThan: null });
const hidden = { value: null, fewerThan: 5 };
const counts = (bySector: { count: unknown }[]) => bySector.map((entry) => entry.count);

describe('Conference.statistics', () => {
  it('counts the Aachen conference: registrations by status and sector, attendance, outcomes', async () => {
    const aachen = await conferenceStatistics(fixtureIds.aachenKonferenz, ['reporting']);
    expect(aachen.registrations).toMatchObject({ confirmed: 13, waitlisted: 1, cancelled: 1 });
    expect(counts(aachen.registrations.bySector)).toEqual([
      exact(7),
      exact(3),
      exact(2),
      exact(1),
      exact(0),
      exact(0),
      exact(0),
    ]);
    expect(aachen.participants.total).toBe(12);
    expect(counts(aachen.participants.bySector)).toEqual([
      exact(6),
      exact(3),
      exact(2),
      exact(1),
      exact(0),
      exact(0),
      exact(0),
    ]);
    expect(aachen.attendanceRate).toBe(12 / 13);
    expect(aachen.outcomes).toEqual({
      total: 3,
      byKind: [
        { kind: 'IDEA', count: 1 },
        { kind: 'PROJECT', count: 1 },
        { kind: 'ACTION', count: 1 },
        { kind: 'COOPERATION', count: 0 },
      ],
    });
  });

  it('hides sectors with fewer than 5 people of a single conference from the public', async () => {
    const aachen = await conferenceStatistics(fixtureIds.aachenKonferenz);
    expect(aachen.registrations.confirmed).toBe(13);
    expect(counts(aachen.registrations.bySector)).toEqual([exact(7), hidden, hidden, hidden, hidden, hidden, hidden]);
    expect(counts(aachen.participants.bySector)).toEqual([exact(6), hidden, hidden, hidden, hidden, hidden, hidden]);
    expect(aachen.participants.diversityIndex).toBeNull();
  });

  it('counts the Graz workshop and answers an unknown conference with zeros', async () => {
    const graz = await conferenceStatistics(fixtureIds.grazWerkstatt);
    expect(graz).toMatchObject({
      registrations: { confirmed: 5, waitlisted: 0, cancelled: 0 },
      participants: { total: 5, diversityIndex: 0 },
      attendanceRate: 1,
      outcomes: { total: 1 },
    });
    const unknown = await conferenceStatistics('00000000-0000-4000-8000-000000000000');
    expect(unknown).toMatchObject({
      registrations: { confirmed: 0 },
      participants: { total: 0 },
      attendanceRate: null,
    });
  });
});
