import { cohortId, programId, regionId, seedApplicationRounds, seedRegions } from '@mitmach/demo-network';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cohortRegions, cohorts } from '../../db/schema';
import { startLearning } from '../../testing/start-learning';

const lab2025 = cohortId('regionallabor-2025');

const { platform, query, staff } = await startForFile(startLearning);

interface CohortNode {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  applicationDeadline: string;
  regionCount: number;
  regions: { id: string; name: string; status: string }[];
  program: { kind: string };
}

const cohortFields =
  'id title startsOn endsOn applicationDeadline regionCount regions { id name status } program { kind }';

describe('cohort queries', () => {
  it('shows the Regionallabor 2025 with the regions in the lab and those accepted in 2025, names from regions', async () => {
    const response = await query<{ cohort: CohortNode }>(`query($id: UUID!) { cohort(id: $id) { ${cohortFields} } }`, {
      id: lab2025,
    });
    expect(response.body.errors).toBeUndefined();
    const cohort = response.body.data?.cohort;
    expect(cohort).toMatchObject({
      title: 'Regionallabor 2025',
      startsOn: '2025-10-06',
      endsOn: '2026-12-31',
      applicationDeadline: '2025-04-30',
      program: { kind: 'REGIONAL_LAB' },
    });
    const accepted =
      seedApplicationRounds
        .find((round) => round.slug === 'bewerbungsrunde-2025')
        ?.applications.filter((application) => application.decision === 'accepted')
        .map((application) => application.regionSlug) ?? [];
    const inLab = seedRegions.filter((region) => region.status === 'in_regional_lab').map((region) => region.slug);
    const expected = new Set([...accepted, ...inLab].map(regionId));
    expect(new Set(cohort?.regions.map((region) => region.id))).toEqual(expected);
    expect(cohort?.regionCount).toBe(expected.size);
    expect(cohort?.regions.find((region) => region.id === regionId('vogelsberg'))).toMatchObject({
      name: 'Vogelsberg',
      status: 'IN_REGIONAL_LAB',
    });
  });

  it('puts earlier regions, active today, in the 2024 cohort', async () => {
    const response = await query<{ cohort: CohortNode }>(`query($id: UUID!) { cohort(id: $id) { ${cohortFields} } }`, {
      id: cohortId('regionallabor-2024'),
    });
    const regions = response.body.data?.cohort.regions ?? [];
    expect(regions.length).toBeGreaterThanOrEqual(3);
    for (const region of regions) expect(region.status).toBe('ACTIVE');
  });

  it('filters by programme and by region, latest start first', async () => {
    const byProgram = await query<{ cohorts: { totalCount: number; edges: { node: { title: string } }[] } }>(
      'query($ids: [UUID!]) { cohorts(filter: { programIds: $ids }) { totalCount edges { node { title } } } }',
      { ids: [programId('regionallabor')] },
    );
    expect(byProgram.body.data?.cohorts.edges.map((edge) => edge.node.title)).toEqual([
      'Regionallabor 2025',
      'Regionallabor 2024',
    ]);
    const byRegion = await query<{ cohorts: { edges: { node: { title: string } }[] } }>(
      'query($ids: [UUID!]) { cohorts(filter: { regionIds: $ids }) { edges { node { title } } } }',
      { ids: [regionId('meran')] },
    );
    expect(byRegion.body.data?.cohorts.edges.map((edge) => edge.node.title)).toEqual(['Regionallabor 2025']);
    const none = await query<{ cohorts: { totalCount: number } }>(
      'query($ids: [UUID!]) { cohorts(filter: { regionIds: $ids }) { totalCount } }',
      { ids: [regionId('bodensee-oberschwaben')] },
    );
    expect(none.body.data?.cohorts.totalCount).toBe(0);
  });

  it('gives a region its cohort participations through the gateway', async () => {
    const response = await query<{
      regionBySlug: { name: string; cohortParticipations: { cohort: { title: string }; region: { slug: string } }[] };
    }>('{ regionBySlug(slug: "tuebingen") { name cohortParticipations { cohort { title } region { slug } } } }');
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.regionBySlug.cohortParticipations).toEqual([
      { cohort: { title: 'Regionallabor 2025' }, region: { slug: 'tuebingen' } },
    ]);
  });

  it('answers NOT_FOUND for an unknown cohort', async () => {
    const response = await query('query($id: UUID!) { cohort(id: $id) { title } }', {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });
});

describe('cohort mutations', () => {
  const createCohort = `mutation($input: CreateCohortInput!) {
    createCohort(input: $input) { cohort { id title regionCount } userErrors { field message code } }
  }`;
  const newCohort = (overrides: Record<string, unknown> = {}) => ({
    programId: programId('regionallabor'),
    title: 'Regionallabor 2026',
    startsOn: '2026-11-16',
    endsOn: '2028-02-15',
    applicationDeadline: '2026-09-30',
    ...overrides,
  });
  const cohortCount = async () => (await platform.db.select({ value: count() }).from(cohorts))[0]?.value ?? -1;

  it('refuses dates out of order and a self-paced programme, writing nothing', async () => {
    const before = await cohortCount();
    const dates = await query<{ createCohort: { cohort: null; userErrors: { field: string[]; code: string }[] } }>(
      createCohort,
      { input: newCohort({ applicationDeadline: '2026-12-01', endsOn: '2026-11-01' }) },
      { token: staff },
    );
    expect(dates.body.data?.createCohort.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.applicationDeadline', 'INVALID_DATES'],
      ['input.endsOn', 'INVALID_DATES'],
    ]);
    const selfPaced = await query<{ createCohort: { userErrors: { code: string }[] } }>(
      createCohort,
      { input: newCohort({ programId: programId('online-begleitprogramm') }) },
      { token: staff },
    );
    expect(selfPaced.body.data?.createCohort.userErrors.map((error) => error.code)).toEqual(['NOT_COHORT_BASED']);
    expect(await cohortCount()).toBe(before);
  });

  it('lets staff create a cohort and add and remove regions', async () => {
    const created = await query<{
      createCohort: { cohort: { id: string; regionCount: number }; userErrors: unknown[] };
    }>(createCohort, { input: newCohort() }, { token: staff });
    expect(created.body.data?.createCohort.userErrors).toEqual([]);
    const id = created.body.data?.createCohort.cohort.id;
    const change = (mutation: string, region: string) =>
      query<{ [key: string]: { cohort: { regionCount: number } | null; userErrors: { code: string }[] } }>(
        `mutation($input: CohortRegionInput!) { ${mutation}(input: $input) { cohort { regionCount } userErrors { code } } }`,
        { input: { cohortId: id, regionId: regionId(region) } },
        { token: staff },
      );
    expect((await change('addRegionToCohort', 'kassel')).body.data?.addRegionToCohort?.cohort?.regionCount).toBe(1);
    expect((await change('addRegionToCohort', 'eisacktal')).body.data?.addRegionToCohort?.cohort?.regionCount).toBe(2);
    expect((await change('addRegionToCohort', 'kassel')).body.data?.addRegionToCohort?.userErrors).toEqual([
      { code: 'ALREADY_PARTICIPATING' },
    ]);
    expect(
      (await change('removeRegionFromCohort', 'kassel')).body.data?.removeRegionFromCohort?.cohort?.regionCount,
    ).toBe(1);
    expect((await change('removeRegionFromCohort', 'kassel')).body.data?.removeRegionFromCohort?.userErrors).toEqual([
      { code: 'NOT_PARTICIPATING' },
    ]);
    const rows = await platform.db
      .select()
      .from(cohortRegions)
      .where(eq(cohortRegions.cohortId, id ?? ''));
    expect(rows.map((row) => row.regionId)).toEqual([regionId('eisacktal')]);
  });

  it('keeps the dates in order when only one of them changes', async () => {
    const response = await query<{ updateCohort: { cohort: null; userErrors: { field: string[]; code: string }[] } }>(
      `mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { cohort { endsOn } userErrors { field code } } }`,
      { input: { cohortId: lab2025, endsOn: '2025-09-01' } },
      { token: staff },
    );
    expect(response.body.data?.updateCohort.userErrors).toEqual([
      { field: ['input', 'endsOn'], code: 'INVALID_DATES' },
    ]);
    const [unchanged] = await platform.db.select().from(cohorts).where(eq(cohorts.id, lab2025));
    expect(unchanged?.endsOn).toBe('2026-12-31');
  });

  it('refuses the regional team of a participating region with FORBIDDEN', async () => {
    const team = await tokenFor(platform.jwtSecret, ['regional_team'], {
      personId: '00000000-0000-4000-8000-0000000000cc',
      regionIds: [regionId('meran')],
    });
    const response = await query(
      'mutation($input: CohortRegionInput!) { removeRegionFromCohort(input: $input) { userErrors { code } } }',
      { input: { cohortId: lab2025, regionId: regionId('meran') } },
      { token: team },
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    const [stillThere] = await platform.db
      .select({ value: count() })
      .from(cohortRegions)
      .where(eq(cohortRegions.regionId, regionId('meran')));
    expect(stillThere?.value).toBe(1);
  });
});
