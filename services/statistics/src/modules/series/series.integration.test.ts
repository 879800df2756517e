import { errorCodes, startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { fixtureEvents } from '../../testing/fixture';
import { seriesQuery } from '../../testing/queries';
import { startStatistics } from '../../testing/start-statistics';

const { platform, query } = await startForFile(startStatistics);
await platform.apply(fixtureEvents());

interface Point {
  periodStart: string;
  value: number;
}

async function series(variables: Record<string, unknown>): Promise<Point[]> {
  const response = await query<{ statisticsSeries: { points: Point[] } }>(seriesQuery, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.statisticsSeries.points ?? [];
}

const values = (points: Point[]) => points.map((point) => point.value);
const starts = (points: Point[]) => points.map((point) => point.periodStart);

describe('statisticsSeries', () => {
  it('gives every month of the period, zero-filled', async () => {
    const joined = await series({ metric: 'REGIONS_JOINED', interval: 'MONTH', from: '2025-01-01', to: '2025-12-31' });
    expect(joined).toHaveLength(12);
    expect(starts(joined).slice(0, 3)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
    expect(values(joined)).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('widens quarters and years to whole periods, zero-filled', async () => {
    const quarters = await series({
      metric: 'REGIONS_JOINED',
      interval: 'QUARTER',
      from: '2025-02-15',
      to: '2025-11-01',
    });
    expect(starts(quarters)).toEqual(['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01']);
    expect(values(quarters)).toEqual([2, 0, 0, 0]);
    const years = await series({ metric: 'REGIONS_JOINED', interval: 'YEAR', from: '2023-06-01', to: '2026-03-01' });
    expect(starts(years)).toEqual(['2023-01-01', '2024-01-01', '2025-01-01', '2026-01-01']);
    expect(values(years)).toEqual([0, 1, 2, 0]);
  });

  it('carries the number of regions in the network forward as a level', async () => {
    const monthly = await series({ metric: 'REGIONS', interval: 'MONTH', from: '2025-01-01', to: '2025-12-31' });
    expect(values(monthly)).toEqual([1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3]);
    const quarterly = await series({ metric: 'REGIONS', interval: 'QUARTER', from: '2025-01-01', to: '2025-12-31' });
    expect(values(quarterly)).toEqual([2, 3, 3, 3]);
    const yearly = await series({ metric: 'REGIONS', interval: 'YEAR', from: '2023-01-01', to: '2025-12-31' });
    expect(values(yearly)).toEqual([0, 1, 3]);
  });

  it('sums participants, money, outcomes and learning per period', async () => {
    const participants = await series({
      metric: 'PARTICIPANTS',
      interval: 'QUARTER',
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(values(participants)).toEqual([12, 0, 5, 0]);
    const deposits = await series({
      metric: 'FUNDING_DEPOSITED_CENTS',
      interval: 'YEAR',
      from: '2024-01-01',
      to: '2025-12-31',
    });
    expect(values(deposits)).toEqual([50_000, 100_000]);
    const grants = await series({
      metric: 'FUNDING_GRANTED_CENTS',
      interval: 'YEAR',
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(values(grants)).toEqual([30_000]);
    const enrollments = await series({ metric: 'ENROLLMENTS', interval: 'YEAR', from: '2025-01-01', to: '2026-12-31' });
    expect(values(enrollments)).toEqual([6, 0]);
    const completions = await series({ metric: 'COMPLETIONS', interval: 'YEAR', from: '2025-01-01', to: '2026-12-31' });
    expect(values(completions)).toEqual([2, 1]);
  });

  it('applies countries and fields of action', async () => {
    const austria = await series({
      metric: 'ADOPTIONS_STARTED',
      interval: 'MONTH',
      from: '2025-01-01',
      to: '2025-12-31',
      filter: { countries: ['AT'] },
    });
    expect(values(austria)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    const mobility = await series({
      metric: 'OUTCOMES',
      interval: 'QUARTER',
      from: '2025-01-01',
      to: '2025-12-31',
      filter: { fieldsOfAction: ['mobility'] },
    });
    expect(values(mobility)).toEqual([2, 0, 0, 0]);
  });

  it('rejects a backwards period, an overlong one, and a missing metric', async () => {
    const backwards = await query(seriesQuery, {
      metric: 'OUTCOMES',
      interval: 'MONTH',
      from: '2025-02-01',
      to: '2025-01-01',
    });
    expect(errorCodes(backwards)).toEqual(['BAD_USER_INPUT']);
    const overlong = await query(seriesQuery, {
      metric: 'OUTCOMES',
      interval: 'MONTH',
      from: '1900-01-01',
      to: '2025-01-01',
    });
    expect(errorCodes(overlong)).toEqual(['BAD_USER_INPUT']);
    expect(overlong.body.errors?.[0]?.message).toMatch(/at most 1200 months/);
    const missing = await query(seriesQuery, { interval: 'MONTH', from: '2025-01-01', to: '2025-12-31' });
    expect(missing.body.errors).toHaveLength(1);
    expect(missing.body.data ?? null).toBeNull();
  });
});
