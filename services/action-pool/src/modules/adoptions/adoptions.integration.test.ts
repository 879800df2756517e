import { actionId, demoActions, demoOutcomes, regionId } from '@mitmach/demo-network';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adoptions } from '../../db/schema';
import { startActionPool } from '../../testing/start-action-pool';

const { platform, query, staff } = await startForFile(startActionPool, {
  staffPersonId: '00000000-0000-4000-8000-000000000001',
});
const kasselTeam = await tokenFor(platform.jwtSecret, ['regional_team'], {
  personId: '00000000-0000-4000-8000-000000000002',
  regionIds: [regionId('kassel')],
});
const lindauTeam = await tokenFor(platform.jwtSecret, ['regional_team'], {
  personId: '00000000-0000-4000-8000-000000000003',
  regionIds: [regionId('lindau')],
});

interface AdoptionPayload {
  adoption: {
    id: string;
    status: string;
    startedOn: string;
    completedOn: string | null;
    note: string | null;
    allowedNextStatuses: string[];
    action: { title: string };
    region: { name: string };
  } | null;
  userErrors: { field: string[]; message: string; code: string }[];
}

const adoptionFields = 'id status startedOn completedOn note allowedNextStatuses action { title } region { name }';
const adoptAction = `mutation($input: AdoptActionInput!) {
  adoptAction(input: $input) { adoption { ${adoptionFields} } userErrors { field message code } }
}`;
const updateAdoption = `mutation($input: UpdateAdoptionInput!) {
  updateAdoption(input: $input) { adoption { ${adoptionFields} } userErrors { field message code } }
}`;

async function adopt(input: Record<string, unknown>, token: string) {
  const response = await query<{ adoptAction: AdoptionPayload }>(adoptAction, { input }, { token });
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.adoptAction as AdoptionPayload;
}

async function update(input: Record<string, unknown>, token: string) {
  const response = await query<{ updateAdoption: AdoptionPayload }>(updateAdoption, { input }, { token });
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.updateAdoption as AdoptionPayload;
}

const codes = (payload: AdoptionPayload) => payload.userErrors.map((error) => [error.field.join('.'), error.code]);

async function adoptionsOf(action: string, region: string): Promise<number> {
  const [row] = await platform.db
    .select({ value: count() })
    .from(adoptions)
    .where(and(eq(adoptions.actionId, action), eq(adoptions.regionId, region)));
  return row?.value ?? -1;
}

describe('adopting an action', () => {
  it('lets a region’s team start a published action, once, and shows the region among the adopters', async () => {
    const first = await adopt(
      { actionId: actionId('solawi'), regionId: regionId('kassel'), startedOn: '2025-03-01', note: 'Mit zwei Höfen' },
      kasselTeam,
    );
    expect(first.userErrors).toEqual([]);
    expect(first.adoption).toMatchObject({
      status: 'PLANNED',
      startedOn: '2025-03-01',
      completedOn: null,
      note: 'Mit zwei Höfen',
      allowedNextStatuses: ['IN_PROGRESS', 'ABANDONED'],
      action: { title: 'Solidarische Landwirtschaft gründen' },
      region: { name: 'Kassel' },
    });

    const again = await adopt({ actionId: actionId('solawi'), regionId: regionId('kassel') }, kasselTeam);
    expect(codes(again)).toEqual([['input.regionId', 'ALREADY_ADOPTED']]);
    expect(await adoptionsOf(actionId('solawi'), regionId('kassel'))).toBe(1);

    const adopters = await query<{ action: { adoptionCount: number; adoptingRegions: { name: string }[] } }>(
      'query($id: UUID!) { action(id: $id) { adoptionCount adoptingRegions { name } } }',
      { id: actionId('solawi') },
    );
    const solawi = demoActions().find((action) => action.key === 'solawi');
    const standing = solawi?.adoptions.filter((adoption) => adoption.status !== 'abandoned') ?? [];
    expect(adopters.body.data?.action.adoptionCount).toBe(standing.length + 1);
    expect(adopters.body.data?.action.adoptingRegions.map((region) => region.name)).toContain('Kassel');
  });

  it('adopts only published actions', async () => {
    const draft = await adopt({ actionId: actionId('wissensboerse'), regionId: regionId('kassel') }, staff);
    expect(codes(draft)).toEqual([['input.actionId', 'NOT_PUBLISHED']]);
    // The team cannot see another region's action in review, so for it the action does not exist.
    const hidden = await adopt({ actionId: actionId('lebensmittelretten'), regionId: regionId('kassel') }, kasselTeam);
    expect(codes(hidden)).toEqual([['input.actionId', 'NOT_FOUND']]);
    const unknown = await adopt(
      { actionId: '00000000-0000-4000-8000-00000000dead', regionId: regionId('kassel') },
      staff,
    );
    expect(codes(unknown)).toEqual([['input.actionId', 'NOT_FOUND']]);
    expect(await adoptionsOf(actionId('wissensboerse'), regionId('kassel'))).toBe(0);
  });

  it('does not let a region adopt its own action', async () => {
    const own = await adopt({ actionId: actionId('buergerbus'), regionId: regionId('lindau') }, lindauTeam);
    expect(codes(own)).toEqual([['input.regionId', 'ORIGIN_REGION']]);
  });

  it('starts only as PLANNED or IN_PROGRESS', async () => {
    const done = await adopt(
      { actionId: actionId('lastenrad'), regionId: regionId('kassel'), status: 'IMPLEMENTED' },
      kasselTeam,
    );
    expect(codes(done)).toEqual([['input.status', 'INVALID']]);
    expect(await adoptionsOf(actionId('lastenrad'), regionId('kassel'))).toBe(0);
  });

  it('refuses callers who do not act for the adopting region with FORBIDDEN, writing nothing', async () => {
    const input = { actionId: actionId('lastenrad'), regionId: regionId('kassel') };
    const tokens = [undefined, await tokenFor(platform.jwtSecret, ['partner']), lindauTeam];
    for (const token of tokens) {
      expect(errorCodes(await query(adoptAction, { input }, { token }))).toEqual(['FORBIDDEN']);
    }
    expect(await adoptionsOf(actionId('lastenrad'), regionId('kassel'))).toBe(0);
  });
});

describe('progress of an adoption', () => {
  it('moves PLANNED → IN_PROGRESS → IMPLEMENTED with dates, refusing skipped steps and impossible dates', async () => {
    const { adoption } = await adopt(
      { actionId: actionId('repair-cafe'), regionId: regionId('kassel'), startedOn: '2025-01-10' },
      kasselTeam,
    );
    const id = adoption?.id as string;

    const skipped = await update({ adoptionId: id, status: 'IMPLEMENTED' }, kasselTeam);
    expect(skipped.userErrors).toEqual([
      {
        field: ['input', 'status'],
        code: 'ILLEGAL_TRANSITION',
        message: 'An adoption cannot move from PLANNED to IMPLEMENTED.',
      },
    ]);
    const earlyDate = await update({ adoptionId: id, completedOn: '2025-06-01' }, kasselTeam);
    expect(codes(earlyDate)).toEqual([['input.completedOn', 'INVALID']]);

    const running = await update(
      { adoptionId: id, status: 'IN_PROGRESS', note: 'Erster Termin im Bürgerhaus' },
      kasselTeam,
    );
    expect(running.adoption).toMatchObject({ status: 'IN_PROGRESS', note: 'Erster Termin im Bürgerhaus' });

    const beforeStart = await update({ adoptionId: id, status: 'IMPLEMENTED', completedOn: '2024-12-31' }, kasselTeam);
    expect(codes(beforeStart)).toEqual([['input.completedOn', 'INVALID']]);

    const done = await update({ adoptionId: id, status: 'IMPLEMENTED', completedOn: '2025-05-31' }, kasselTeam);
    expect(done.adoption).toMatchObject({
      status: 'IMPLEMENTED',
      startedOn: '2025-01-10',
      completedOn: '2025-05-31',
      note: 'Erster Termin im Bürgerhaus',
      allowedNextStatuses: [],
    });
    const [row] = await platform.db.select().from(adoptions).where(eq(adoptions.id, id));
    expect(row?.status).toBe('implemented');
  });

  it('frees the region to start again after abandoning', async () => {
    const { adoption } = await adopt({ actionId: actionId('schulgarten'), regionId: regionId('kassel') }, kasselTeam);
    const abandoned = await update({ adoptionId: adoption?.id, status: 'ABANDONED' }, kasselTeam);
    expect(abandoned.adoption?.status).toBe('ABANDONED');
    expect(abandoned.adoption?.completedOn).toBeNull();
    const restarted = await adopt({ actionId: actionId('schulgarten'), regionId: regionId('kassel') }, kasselTeam);
    expect(restarted.adoption?.status).toBe('PLANNED');
    expect(await adoptionsOf(actionId('schulgarten'), regionId('kassel'))).toBe(2);
  });

  it('lets only staff and the adopting region’s team change an adoption', async () => {
    const [seeded] = await platform.db
      .select()
      .from(adoptions)
      .where(and(eq(adoptions.actionId, actionId('buergerbus')), eq(adoptions.regionId, regionId('uckermark'))));
    expect(seeded?.status).toBe('in_progress');
    for (const token of [undefined, await tokenFor(platform.jwtSecret, ['partner']), kasselTeam]) {
      const response = await query(
        updateAdoption,
        { input: { adoptionId: seeded?.id, status: 'ABANDONED' } },
        { token },
      );
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    const byStaff = await update({ adoptionId: seeded?.id, status: 'IMPLEMENTED' }, staff);
    expect(byStaff.adoption?.status).toBe('IMPLEMENTED');
    expect(byStaff.adoption?.completedOn).toBe(new Date().toISOString().slice(0, 10));
  });

  it('reports an unknown adoption', async () => {
    const unknown = await update({ adoptionId: '00000000-0000-4000-8000-00000000dead', note: 'Hallo' }, staff);
    expect(codes(unknown)).toEqual([['input.adoptionId', 'NOT_FOUND']]);
  });
});

describe('adoptions of a region', () => {
  it('lists a region’s adoptions, most recent start first, through the gateway', async () => {
    const response = await query<{
      region: {
        adoptions: {
          totalCount: number;
          edges: { node: { status: string; startedOn: string; action: { title: string } } }[];
        };
      };
    }>(
      'query($id: UUID!) { region(id: $id) { adoptions(first: 10) { totalCount edges { node { status startedOn action { title } } } } } }',
      { id: regionId('uckermark') },
    );
    const list = response.body.data?.region.adoptions;
    const seeded = demoActions()
      .flatMap((action) =>
        action.adoptions
          .filter((adoption) => adoption.regionSlug === 'uckermark')
          .map((adoption) => ({ action, startedOn: adoption.startedOn })),
      )
      .sort((a, b) => b.startedOn.localeCompare(a.startedOn));
    expect(list?.totalCount).toBe(seeded.length);
    expect(list?.edges.map((edge) => edge.node.action.title)).toEqual(
      seeded.map(({ action }) => demoOutcomes.find((outcome) => outcome.key === action.outcomeKey)?.title),
    );
    expect(list?.edges.map((edge) => edge.node.action.title)).toContain('Bürgerbus für Dörfer ohne Taktverkehr');
  });
});
