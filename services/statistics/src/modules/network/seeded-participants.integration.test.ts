import { seedId } from '@mitmach/db';
import {
  conferenceId,
  demoConferences,
  demoPeople,
  demoRegistrations,
  personId,
  regionId,
  seedRegions,
} from '@mitmach/demo-network';
import { contracts } from '@mitmach/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEvent, testEvent } from '../../testing/events';
import { type RunningStatistics, startStatistics } from '../../testing/start-statistics';

// Austria's conferences of the demo network from 2023 to 2025, with their registrations as the conferences seed
// publishes them: each in its final state, attendance marked the day after the conference.
const country = 'AT';
const sectorOf = new Map(demoPeople().map((person) => [person.key, person.sector]));
const austrian = new Set(seedRegions.filter((region) => region.country === country).map((region) => region.slug));
const conferences = demoConferences().filter(
  (conference) =>
    austrian.has(conference.regionSlug) &&
    (conference.status === 'held' || conference.status === 'documented') &&
    (conference.days[0]?.date ?? '') >= '2023-01-01' &&
    (conference.days[0]?.date ?? '') <= '2025-12-31',
);
const heldOn = (conference: (typeof conferences)[number]) => conference.days[0]?.date ?? '';
const dayAfter = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString();

function registrationEvents(): TestEvent[] {
  return conferences.flatMap((conference) =>
    demoRegistrations(conference).map((registration) => {
      const registrationId = seedId('seeded-participants', `${conference.key}:${registration.personKey}`);
      const changedAt = dayAfter(conference.days.at(-1)?.date ?? heldOn(conference));
      return testEvent(
        contracts.registrationChanged,
        registrationId,
        {
          registrationId,
          conferenceId: conferenceId(conference.key),
          regionId: regionId(conference.regionSlug),
          country,
          personId: personId(registration.personKey),
          sector: sectorOf.get(registration.personKey) ?? 'other',
          status: registration.status,
          attended: registration.attended,
          changedAt,
        },
        changedAt,
      );
    }),
  );
}

function heldEvents(): TestEvent[] {
  return conferences.map((conference) =>
    testEvent(
      contracts.conferenceHeld,
      conferenceId(conference.key),
      {
        conferenceId: conferenceId(conference.key),
        regionId: regionId(conference.regionSlug),
        country,
        format: conference.format,
        heldOn: heldOn(conference),
      },
      `${heldOn(conference)}T18:00:00Z`,
    ),
  );
}

/** Who came to the conferences held from `from` to `to`, per sector, as the demo network says. */
function expected(from: string, to: string) {
  const bySector = new Map<string, number>();
  for (const conference of conferences.filter((each) => heldOn(each) >= from && heldOn(each) <= to)) {
    for (const registration of demoRegistrations(conference)) {
      if (registration.attended !== true) continue;
      // The API names sectors by their GraphQL enum values.
      const sector = (sectorOf.get(registration.personKey) ?? 'other').toUpperCase();
      bySector.set(sector, (bySector.get(sector) ?? 0) + 1);
    }
  }
  return { total: [...bySector.values()].reduce((sum, count) => sum + count, 0), bySector };
}

const participantsQuery = `query($filter: StatisticsFilter) { networkStatistics(filter: $filter) {
  conferences { participants { total bySector { sector count { value } } } }
} }`;
interface Participants {
  networkStatistics: {
    conferences: { participants: { total: number; bySector: { sector: string; count: { value: number | null } }[] } };
  };
}

const seriesQuery = `query($from: Date!, $to: Date!, $filter: StatisticsSeriesFilter) {
  statisticsSeries(metric: PARTICIPANTS, interval: QUARTER, from: $from, to: $to, filter: $filter) {
    points { periodStart value }
  }
}`;
interface Series {
  statisticsSeries: { points: { periodStart: string; value: number }[] };
}

describe('participants of the demo network’s conferences, dated by the conference', () => {
  let platform: RunningStatistics;
  const ask = async <Data>(query: string, variables: Record<string, unknown>) => {
    const response = await platform.subgraphQuery<Data>(query, variables, ['reporting']);
    expect(response.body.errors).toBeUndefined();
    return response.body.data as Data;
  };
  const participants = async (from: string, to: string) => {
    const data = await ask<Participants>(participantsQuery, { filter: { from, to, countries: [country] } });
    const { total, bySector } = data.networkStatistics.conferences.participants;
    const counted = bySector.filter((entry) => (entry.count.value ?? 0) > 0);
    return { total, bySector: new Map(counted.map((entry) => [entry.sector, entry.count.value])) };
  };

  beforeAll(async () => {
    platform = await startStatistics();
    // Registrations and conferences travel on different topics: the registrations may well come first.
    const outcomes = await platform.apply([...registrationEvents(), ...heldEvents()]);
    expect(outcomes.every((outcome) => outcome.status === 'applied')).toBe(true);
  }, 300_000);
  afterAll(() => platform?.stop());

  it('counts each year’s participants in the year their conference was held', async () => {
    for (const year of [2023, 2024, 2025]) {
      const [from, to] = [`${year}-01-01`, `${year}-12-31`];
      expect((await participants(from, to)).total, String(year)).toBe(expected(from, to).total);
    }
  });

  it('shows Austria’s 2024–2025 participants per sector and per quarter of their conferences', async () => {
    const austria = expected('2024-01-01', '2025-12-31');
    expect(austria.total).toBeGreaterThan(0);
    expect(await participants('2024-01-01', '2025-12-31')).toEqual(austria);
    const series = await ask<Series>(seriesQuery, {
      from: '2024-01-01',
      to: '2025-12-31',
      filter: { countries: [country] },
    });
    expect(series.statisticsSeries.points).toHaveLength(8);
    for (const point of series.statisticsSeries.points) {
      const lastMonth = String(Number(point.periodStart.slice(5, 7)) + 2).padStart(2, '0');
      const quarterEnd = `${point.periodStart.slice(0, 5)}${lastMonth}-31`;
      expect(point.value, point.periodStart).toBe(expected(point.periodStart, quarterEnd).total);
    }
  });
});
