import { anonymousCaller, callerHeader, type Role } from '@mitmach/auth';
import { startForFile, tokenFor } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { fixtureEvents } from '../testing/fixture';
import { startStatistics } from '../testing/start-statistics';

const { platform } = await startForFile(startStatistics);
await platform.apply(fixtureEvents());

const subgraphOrigin = () => new URL(platform.subgraphUrl).origin;
const gatewayOrigin = () => new URL(platform.gatewayUrl).origin;

/** The export straight from the subgraph, with the caller header the gateway would sign. */
async function exportFromSubgraph(query: string, roles: Role[] = []) {
  const caller = roles.length > 0 ? { personId: null, roles, regionIds: [] } : anonymousCaller;
  const headers = { [callerHeader]: await platform.callerHeaderFor(caller, 'statistics') };
  return fetch(`${subgraphOrigin()}/exports/figures.csv${query}`, { headers });
}

function parse(csv: string) {
  expect(csv.endsWith('\r\n')).toBe(true);
  const [header = [], ...rows] = csv
    .slice(0, -2)
    .split('\r\n')
    .map((line) => line.split(','));
  const byMonth = new Map(
    rows.map((row) => [row[0], Object.fromEntries(header.map((name, index) => [name, row[index]]))]),
  );
  return { header, rows, byMonth };
}

describe('the CSV export of the figures', () => {
  it('answers through the gateway with one row per month of the period, a header and a column per figure', async () => {
    const token = await tokenFor(platform.jwtSecret, ['reporting']);
    const response = await fetch(`${gatewayOrigin()}/exports/statistics/figures.csv?from=2025-01-01&to=2025-12-31`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="mitmach-statistics_2025-01-01_2025-12-31.csv"',
    );
    const { header, rows, byMonth } = parse(await response.text());
    expect(header).toEqual([
      'month',
      'regions_in_network',
      'regions_joined',
      'conferences_held',
      'participants',
      'participants_civil_society',
      'participants_politics',
      'participants_administration',
      'participants_business',
      'participants_science',
      'participants_education',
      'participants_other',
      'outcomes',
      'outcomes_idea',
      'outcomes_project',
      'outcomes_action',
      'outcomes_cooperation',
      'actions_published',
      'adoptions_started',
      'adoptions_implemented',
      'enrollments',
      'completions',
      'funding_deposited_cents',
      'funding_matched_cents',
      'funding_granted_cents',
    ]);
    expect(rows.map((row) => row[0])).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    expect(byMonth.get('2025-03')).toMatchObject({
      regions_in_network: '2',
      regions_joined: '1',
      conferences_held: '1',
      participants: '12',
      participants_civil_society: '6',
      participants_politics: '3',
      participants_administration: '2',
      participants_business: '1',
      outcomes: '3',
      outcomes_cooperation: '0',
      adoptions_implemented: '1',
    });
    expect(byMonth.get('2025-01')).toMatchObject({
      regions_in_network: '1',
      funding_deposited_cents: '50000',
      funding_matched_cents: '100000',
      enrollments: '2',
    });
    // A month without any event is there, with zeros, and the level of regions carried forward.
    expect(byMonth.get('2025-08')).toEqual({
      ...Object.fromEntries(header.map((name) => [name, '0'])),
      month: '2025-08',
      regions_in_network: '3',
    });
  });

  it('shows anonymous callers "<5" for sectors with fewer than 5 participants', async () => {
    const response = await exportFromSubgraph('?from=2025-01-01&to=2025-12-31');
    expect(response.status).toBe(200);
    const { byMonth } = parse(await response.text());
    expect(byMonth.get('2025-03')).toMatchObject({
      participants: '12',
      participants_civil_society: '6',
      participants_politics: '<5',
      participants_business: '<5',
    });
    const staff = parse(await (await exportFromSubgraph('?from=2025-01-01&to=2025-12-31', ['staff'])).text());
    expect(staff.byMonth.get('2025-03')?.participants_politics).toBe('3');
  });

  it('restricts to the countries given', async () => {
    const response = await exportFromSubgraph('?from=2025-09-01&to=2025-09-30&countries=at', ['staff']);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="mitmach-statistics_2025-09-01_2025-09-30_AT.csv"',
    );
    const { rows, byMonth } = parse(await response.text());
    expect(rows).toHaveLength(1);
    expect(byMonth.get('2025-09')).toMatchObject({ regions_in_network: '1', conferences_held: '1', participants: '5' });
  });

  it.each([
    ['?to=2025-12-31', /from is required, as YYYY-MM-DD/],
    ['?from=2025-02-30&to=2025-12-31', /from must be a calendar date as YYYY-MM-DD/],
    ['?from=2025-12-31&to=2025-01-01', /starts \(2025-12-31\) after it ends \(2025-01-01\)/],
    ['?from=2025-01-01&to=2025-12-31&countries=DE,FR', /"FR" is not a country of the network; use DE, AT, CH, IT/],
    ['?from=2025-01-01&to=2025-12-31&format=xlsx', /unknown parameter "format"/],
    ['?from=2025-01-01&from=2025-02-01&to=2025-12-31', /from must be given once, as YYYY-MM-DD/],
  ])('answers %s with 400 and says what is wrong', async (query, message) => {
    const response = await exportFromSubgraph(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).toMatch(message);
  });
});
