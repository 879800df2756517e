import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { regionStatusChanges, regions } from '../../db/schema';
import { regionSeedId } from '../../seed/seed';
import { startRegions } from '../../testing/start-regions';

const { platform, query, staff } = await startForFile(startRegions, {
  staffPersonId: '00000000-0000-4000-8000-000000000001',
});

const createRegion = `mutation($input: CreateRegionInput!) {
  createRegion(input: $input) { region { id slug status location { lat lng } fieldsOfAction { slug } } userErrors { field message code } }
}`;

const newRegion = (overrides: Record<string, unknown> = {}) => ({
  slug: 'rheingau',
  name: 'Rheingau',
  kind: 'REGION',
  country: 'DE',
  subdivision: 'DE-HE',
  description: 'Weinbauregion am Rhein, deren Team regionale Versorgung und Mobilität verbindet.',
  location: { lat: 50.01, lng: 8.0 },
  fieldsOfAction: ['agriculture-food', 'mobility'],
  sdgs: [2, 11],
  ...overrides,
});

async function rowCount(): Promise<number> {
  const [row] = await platform.db.select({ value: count() }).from(regions);
  return row?.value ?? -1;
}

describe('creating regions', () => {
  it('lets staff add a region, which starts as APPLIED with a first history entry', async () => {
    const response = await query<{
      createRegion: {
        region: { id: string; status: string; fieldsOfAction: { slug: string }[] };
        userErrors: unknown[];
      };
    }>(createRegion, { input: newRegion() }, { token: staff });
    expect(response.body.errors).toBeUndefined();
    const payload = response.body.data?.createRegion;
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.region.status).toBe('APPLIED');
    expect(payload?.region.fieldsOfAction.map((field) => field.slug)).toEqual(['agriculture-food', 'mobility']);
    const history = await platform.db
      .select()
      .from(regionStatusChanges)
      .where(eq(regionStatusChanges.regionId, payload?.region.id ?? ''));
    expect(history.map((change) => change.toStatus)).toEqual(['applied']);
  });

  it('refuses latitude 123 and other bad fields with userErrors, writing nothing', async () => {
    const before = await rowCount();
    const response = await query<{ createRegion: { region: null; userErrors: { field: string[]; code: string }[] } }>(
      createRegion,
      {
        input: newRegion({
          slug: 'Bad Slug',
          subdivision: 'AT-3',
          location: { lat: 123, lng: 8 },
          fieldsOfAction: ['food', 'space-travel'],
          sdgs: [18],
        }),
      },
      { token: staff },
    );
    const payload = response.body.data?.createRegion;
    expect(payload?.region).toBeNull();
    expect(payload?.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.slug', 'INVALID'],
      ['input.subdivision', 'INVALID'],
      ['input.location.lat', 'OUT_OF_RANGE'],
      ['input.fieldsOfAction', 'UNKNOWN_FIELD_OF_ACTION'],
      ['input.sdgs', 'UNKNOWN_SDG'],
    ]);
    expect(await rowCount()).toBe(before);
  });

  it('refuses a taken slug', async () => {
    const response = await query<{ createRegion: { userErrors: { code: string }[] } }>(
      createRegion,
      { input: newRegion({ slug: 'chiemgau' }) },
      { token: staff },
    );
    expect(response.body.data?.createRegion.userErrors.map((error) => error.code)).toEqual(['TAKEN']);
  });

  it('refuses anonymous callers and other roles with FORBIDDEN, writing nothing', async () => {
    const before = await rowCount();
    const anonymous = await query(createRegion, { input: newRegion({ slug: 'anonym' }) });
    expect(errorCodes(anonymous)).toEqual(['FORBIDDEN']);
    const partner = await query(
      createRegion,
      { input: newRegion({ slug: 'partner' }) },
      {
        token: await tokenFor(platform.jwtSecret, ['partner']),
      },
    );
    expect(errorCodes(partner)).toEqual(['FORBIDDEN']);
    expect(await rowCount()).toBe(before);
  });
});

describe('updating regions', () => {
  const updateRegion = `mutation($input: UpdateRegionInput!) {
    updateRegion(input: $input) { region { description sdgs { number } } userErrors { field code } }
  }`;

  it('lets a regional team change its own region but not another one', async () => {
    const wurzen = regionSeedId('wurzen');
    const team = await tokenFor(platform.jwtSecret, ['regional_team'], {
      personId: '00000000-0000-4000-8000-000000000002',
      regionIds: [wurzen],
    });
    const own = await query<{ updateRegion: { region: { description: string; sdgs: { number: number }[] } } }>(
      updateRegion,
      {
        input: {
          regionId: wurzen,
          description: 'Muldental zwischen Leipzig und Grimma, mit Solawi und Reparaturcafé.',
          sdgs: [2, 12],
        },
      },
      { token: team },
    );
    expect(own.body.data?.updateRegion.region.description).toMatch(/Muldental/);
    expect(own.body.data?.updateRegion.region.sdgs.map((sdg) => sdg.number)).toEqual([2, 12]);

    const other = await query(
      updateRegion,
      { input: { regionId: regionSeedId('lindau'), description: 'Nicht unsere Region, also kein Zugriff.' } },
      { token: team },
    );
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
  });
});

describe('status transitions', () => {
  const changeStatus = `mutation($input: ChangeRegionStatusInput!) {
    changeRegionStatus(input: $input) { region { status allowedNextStatuses statusHistory { from to note } } userErrors { field message code } }
  }`;

  it('refuses an illegal transition and leaves the status as it was', async () => {
    const ended = (await platform.db.select().from(regions).where(eq(regions.status, 'ended')))[0];
    expect(ended).toBeDefined();
    const response = await query<{
      changeRegionStatus: { region: null; userErrors: { code: string; message: string }[] };
    }>(changeStatus, { input: { regionId: ended?.id, status: 'ACTIVE' } }, { token: staff });
    expect(response.body.data?.changeRegionStatus.userErrors).toEqual([
      { field: ['input', 'status'], code: 'ILLEGAL_TRANSITION', message: 'A region cannot move from ENDED to ACTIVE.' },
    ]);
    const [after] = await platform.db
      .select()
      .from(regions)
      .where(eq(regions.id, ended?.id ?? ''));
    expect(after?.status).toBe('ended');
  });

  it('records a legal transition in the history', async () => {
    const id = regionSeedId('vogelsberg');
    const response = await query<{
      changeRegionStatus: {
        region: {
          status: string;
          allowedNextStatuses: string[];
          statusHistory: { from: string; to: string; note: string }[];
        };
      };
    }>(
      changeStatus,
      { input: { regionId: id, status: 'ACTIVE', note: 'Regionallabor abgeschlossen' } },
      { token: staff },
    );
    const region = response.body.data?.changeRegionStatus.region;
    expect(region?.status).toBe('ACTIVE');
    expect(region?.allowedNextStatuses).toEqual(['SELF_ORGANISED', 'PAUSED', 'ENDED']);
    expect(region?.statusHistory.at(-1)).toEqual({
      from: 'IN_REGIONAL_LAB',
      to: 'ACTIVE',
      note: 'Regionallabor abgeschlossen',
    });
  });
});
