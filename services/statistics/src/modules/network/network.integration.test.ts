import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { fixtureEvents, fixtureIds } from '../../testing/fixture';
import { networkStatisticsQuery } from '../../testing/queries';
import { startStatistics } from '../../testing/start-statistics';

const { platform, query, staff } = await startForFile(startStatistics);
const beforeApplied = Date.now();
await platform.apply(fixtureEvents());
const afterApplied = Date.now();

const year2025 = { from: '2025-01-01', to: '2025-12-31' };

// biome-ignore lint/suspicious/noExplicitAny: the response is compared field by field against hand counts
async function overview(filter: Record<string, unknown>, token?: string): Promise<any> {
  const response = await query(networkStatisticsQuery, { filter }, token ? { token } : {});
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.networkStatistics;
}

const exact = (value: number) => ({ value, fewerThan: null });
const hidden = { value: null, fewerThan: 5 };
const shannon = (counts: number[]) => {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return -counts.reduce((sum, count) => sum + (count / total) * Math.log(count / total), 0) / Math.log(7);
};

describe('network statistics of the hand-counted fixture, 2025, for staff', () => {
  it('counts regions by status and country at the end of the period, and those that joined per month', async () => {
    const { period, regions } = await overview(year2025, staff);
    expect(period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(regions.total).toBe(3);
    expect(regions.byStatus).toEqual([
      { status: 'APPLIED', count: 0 },
      { status: 'ACCEPTED', count: 1 },
      { status: 'IN_REGIONAL_LAB', count: 1 },
      { status: 'ACTIVE', count: 1 },
      { status: 'SELF_ORGANISED', count: 0 },
      { status: 'PAUSED', count: 0 },
      { status: 'ENDED', count: 0 },
    ]);
    const germany = regions.byCountry.find((entry: { country: string }) => entry.country === 'DE');
    const austria = regions.byCountry.find((entry: { country: string }) => entry.country === 'AT');
    expect(regions.byCountry.map((entry: { country: string }) => entry.country)).toEqual(['DE', 'AT', 'CH', 'IT']);
    expect({ total: germany.total, joined: germany.joined }).toEqual({ total: 2, joined: 1 });
    expect({ total: austria.total, joined: austria.joined }).toEqual({ total: 1, joined: 1 });
    expect(austria.byStatus.find((entry: { status: string }) => entry.status === 'ACCEPTED').count).toBe(1);
    expect(regions.joined).toBe(2);
    expect(regions.newPerMonth).toHaveLength(12);
    expect(regions.newPerMonth.map((point: { value: number }) => point.value)).toEqual([
      0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(regions.newPerMonth[1]).toEqual({ periodStart: '2025-02-01', value: 1 });
  });

  it('counts conferences held and their participants by sector, with shares and the diversity index', async () => {
    const { conferences } = await overview(year2025, staff);
    expect(conferences.held).toBe(2);
    expect(conferences.byFormat).toEqual([
      { format: 'MITMACH_KONFERENZ', count: 1 },
      { format: 'MITMACH_WERKSTATT', count: 1 },
      { format: 'SUCCESS_WORKSHOP', count: 0 },
    ]);
    expect(conferences.participants.total).toBe(17);
    expect(conferences.participants.bySector).toEqual([
      { sector: 'CIVIL_SOCIETY', count: exact(11), share: 11 / 17 },
      { sector: 'POLITICS', count: exact(3), share: 3 / 17 },
      { sector: 'ADMINISTRATION', count: exact(2), share: 2 / 17 },
      { sector: 'BUSINESS', count: exact(1), share: 1 / 17 },
      { sector: 'SCIENCE', count: exact(0), share: 0 },
      { sector: 'EDUCATION', count: exact(0), share: 0 },
      { sector: 'OTHER', count: exact(0), share: 0 },
    ]);
    expect(conferences.participants.diversityIndex).toBeCloseTo(shannon([11, 3, 2, 1]), 12);
    expect(conferences.participants.diversityIndex).toBeCloseTo(0.5171, 4);
  });

  it('counts outcomes by kind and by field of action', async () => {
    const { outcomes } = await overview(year2025, staff);
    expect(outcomes.total).toBe(4);
    expect(outcomes.byKind).toEqual([
      { kind: 'IDEA', count: 1 },
      { kind: 'PROJECT', count: 1 },
      { kind: 'ACTION', count: 1 },
      { kind: 'COOPERATION', count: 1 },
    ]);
    expect(outcomes.byFieldOfAction).toEqual([
      { fieldOfAction: { slug: 'energy' }, count: 2 },
      { fieldOfAction: { slug: 'mobility' }, count: 2 },
      { fieldOfAction: { slug: 'agriculture-food' }, count: 1 },
    ]);
  });

  it('counts actions, adoptions, the most adopted actions and the average reach', async () => {
    const { actions } = await overview(year2025, staff);
    expect(actions).toEqual({
      published: 2,
      adoptionsStarted: 4,
      adoptionsImplemented: 2,
      averageRegionsPerAction: 1.5,
      topActions: [
        { action: { id: fixtureIds.buergerbus }, title: 'Bürgerbus für Dörfer ohne Taktverkehr', adoptingRegions: 2 },
        { action: { id: fixtureIds.saatgut }, title: 'Saatgutbibliothek', adoptingRegions: 1 },
      ],
    });
  });

  it('counts enrollments, completions and completion rates per course and programme', async () => {
    const { learning } = await overview(year2025, staff);
    expect(learning.courses).toEqual({
      enrollments: 4,
      completions: 1,
      completionRate: 0.5,
      targets: [
        {
          kind: 'COURSE',
          id: fixtureIds.pressCourse,
          title: 'Pressearbeit für Regionalteams',
          enrollments: 4,
          completions: 1,
          completionRate: 0.5,
        },
      ],
    });
    expect(learning.programs).toEqual({
      enrollments: 2,
      completions: 1,
      completionRate: 0.5,
      targets: [
        {
          kind: 'PROGRAM',
          id: fixtureIds.regionallabor,
          title: 'Regionallabor 2025',
          enrollments: 2,
          completions: 1,
          completionRate: 0.5,
        },
      ],
    });
    expect(learning.cohorts).toEqual({ enrollments: 0, completions: 0, completionRate: null, targets: [] });
  });

  it('sums the funding pot in cents', async () => {
    const { funding } = await overview(year2025, staff);
    expect(funding).toEqual({ depositedCents: 100_000, matchedCents: 100_000, grantedCents: 30_000 });
  });
});

describe('freshness', () => {
  it('says when the figures were last brought up to date, whatever the period', async () => {
    const response = await query(
      '{ a: networkStatistics { updatedAt } b: networkStatistics(filter: { to: "2001-01-31" }) { updatedAt } }',
    );
    expect(response.body.errors).toBeUndefined();
    const { a, b } = response.body.data as { a: { updatedAt: string }; b: { updatedAt: string } };
    expect(b.updatedAt).toBe(a.updatedAt);
    // The database's clock and the test's differ by at most the time a statement takes to send.
    expect(Date.parse(a.updatedAt)).toBeGreaterThanOrEqual(beforeApplied - 1000);
    expect(Date.parse(a.updatedAt)).toBeLessThanOrEqual(afterApplied + 1000);
  });
});

describe('filters', () => {
  it('restricts to countries: Austria alone', async () => {
    const stats = await overview({ ...year2025, countries: ['AT'] }, staff);
    expect(stats.regions.total).toBe(1);
    expect(stats.regions.byCountry.map((entry: { country: string }) => entry.country)).toEqual(['AT']);
    expect(stats.conferences.held).toBe(1);
    expect(stats.conferences.participants.total).toBe(5);
    expect(stats.outcomes.total).toBe(1);
    expect(stats.actions.adoptionsStarted).toBe(1);
    expect(stats.funding).toEqual({ depositedCents: 50_000, matchedCents: 0, grantedCents: 0 });
    // Enrolments count in the country of the region the learner learns for; the one without a region is left out.
    expect(stats.learning.courses).toMatchObject({ enrollments: 2, completions: 1, completionRate: 0.5 });
    expect(stats.learning.courses.targets).toHaveLength(1);
    expect(stats.learning.programs).toEqual({ enrollments: 0, completions: 0, completionRate: null, targets: [] });
  });

  it('restricts the figures that have fields of action to the fields given', async () => {
    const stats = await overview({ ...year2025, fieldsOfAction: ['mobility'] }, staff);
    expect(stats.regions.total).toBe(1);
    expect(stats.outcomes.total).toBe(2);
    expect(stats.outcomes.byKind.filter((entry: { count: number }) => entry.count > 0)).toEqual([
      { kind: 'PROJECT', count: 1 },
      { kind: 'ACTION', count: 1 },
    ]);
    expect(stats.outcomes.byFieldOfAction).toEqual([{ fieldOfAction: { slug: 'mobility' }, count: 2 }]);
    expect(stats.actions.published).toBe(1);
    expect(stats.actions.adoptionsStarted).toBe(2);
    expect(stats.actions.adoptionsImplemented).toBe(1);
    // Conferences and funding have no fields of action and ignore the filter.
    expect(stats.conferences.participants.total).toBe(17);
    expect(stats.funding.depositedCents).toBe(100_000);
  });

  it('widens a period to whole months and counts 2024 separately', async () => {
    const stats = await overview({ from: '2024-12-15', to: '2024-12-16' }, staff);
    expect(stats.period).toEqual({ from: '2024-12-01', to: '2024-12-31' });
    expect(
      stats.conferences.byFormat.find((entry: { format: string }) => entry.format === 'SUCCESS_WORKSHOP').count,
    ).toBe(1);
    expect(stats.outcomes.total).toBe(1);
    expect(stats.funding.depositedCents).toBe(50_000);
    expect(stats.regions.total).toBe(1);
  });

  it('counts a period of whole years with the months around them exactly once', async () => {
    const stats = await overview({ from: '2024-11-01', to: '2026-02-28' }, staff);
    expect(stats.outcomes.total).toBe(5);
    expect(stats.funding.depositedCents).toBe(150_000);
    expect(stats.conferences.held).toBe(3);
    expect(stats.regions.joined).toBe(3);
    expect(stats.regions.newPerMonth).toHaveLength(16);
  });

  it('rejects a period that ends before it starts, and a malformed field slug, with BAD_USER_INPUT', async () => {
    const backwards = await query(networkStatisticsQuery, { filter: { from: '2025-12-31', to: '2025-01-01' } });
    expect(errorCodes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(backwards.body.errors?.[0]?.message).toMatch(/starts \(2025-12-31\) after it ends/);
    const slug = await query(networkStatisticsQuery, { filter: { fieldsOfAction: ['Energie & Wärme'] } });
    expect(errorCodes(slug)).toEqual(['BAD_USER_INPUT']);
    const country = await query(networkStatisticsQuery, { filter: { countries: ['FR'] } });
    expect(errorCodes(country)).toEqual(['BAD_USER_INPUT']);
    const first = await query('{ networkStatistics { actions { topActions(first: 51) { title } } } }');
    expect(errorCodes(first)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('access', () => {
  it('hides counts of people under 5 per sector from anonymous and partner callers, with the diversity index', async () => {
    const partner = await tokenFor(platform.jwtSecret, ['partner']);
    for (const token of [undefined, partner]) {
      const { conferences } = await overview(year2025, token);
      expect(conferences.participants.total).toBe(17);
      expect(conferences.participants.bySector).toEqual([
        { sector: 'CIVIL_SOCIETY', count: exact(11), share: 11 / 17 },
        { sector: 'POLITICS', count: hidden, share: null },
        { sector: 'ADMINISTRATION', count: hidden, share: null },
        { sector: 'BUSINESS', count: hidden, share: null },
        { sector: 'SCIENCE', count: hidden, share: null },
        { sector: 'EDUCATION', count: hidden, share: null },
        { sector: 'OTHER', count: hidden, share: null },
      ]);
      expect(conferences.participants.diversityIndex).toBeNull();
    }
  });

  it('shows reporting every aggregate exactly', async () => {
    const reporting = await tokenFor(platform.jwtSecret, ['reporting']);
    const { conferences } = await overview(year2025, reporting);
    expect(conferences.participants.bySector[1]).toEqual({ sector: 'POLITICS', count: exact(3), share: 3 / 17 });
    expect(conferences.participants.diversityIndex).toBeCloseTo(shannon([11, 3, 2, 1]), 12);
  });

  it('lets shared caches keep the public answer for five minutes, and keeps answers to callers private', async () => {
    const anonymous = await query(networkStatisticsQuery, { filter: year2025 });
    expect(anonymous.headers.get('cache-control')).toBe('max-age=300, public');
    const reporting = await query(
      networkStatisticsQuery,
      { filter: year2025 },
      {
        token: await tokenFor(platform.jwtSecret, ['reporting']),
      },
    );
    expect(reporting.headers.get('cache-control')).toBe('max-age=300, private');
  });
});
