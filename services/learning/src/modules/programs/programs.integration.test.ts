import { programId } from '@mitmach/demo-network';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type programModules, programs } from '../../db/schema';
import { startLearning } from '../../testing/start-learning';

const { platform, query, staff } = await startForFile(startLearning);

interface ProgramNode {
  id: string;
  kind: string;
  title: string;
  durationMonths: number | null;
  modules: { number: number; month: number; format: string; startsAt: string | null }[];
  courses: { title: string }[];
  cohorts: { title: string }[];
}

const rowCount = async (table: typeof programs | typeof programModules) =>
  (await platform.db.select({ value: count() }).from(table))[0]?.value ?? -1;

describe('programme queries', () => {
  it('lists the three programmes with their modules, courses and cohorts, publicly cacheable', async () => {
    const response = await query<{ programs: { totalCount: number; edges: { node: ProgramNode }[] } }>(
      `{ programs(first: 10) { totalCount edges { node {
          id kind title durationMonths modules { number month format startsAt } courses { title } cohorts { title } } } } }`,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.headers.get('cache-control')).toBe('max-age=300, public');
    const nodes = response.body.data?.programs.edges.map((edge) => edge.node) ?? [];
    expect(response.body.data?.programs.totalCount).toBe(3);
    const byKind = new Map(nodes.map((node) => [node.kind, node]));
    const lab = byKind.get('REGIONAL_LAB');
    expect(lab?.durationMonths).toBe(15);
    expect(lab?.modules.map((module) => module.number)).toEqual(Array.from({ length: 15 }, (_, index) => index + 1));
    expect(lab?.modules.map((module) => module.month)).toEqual(Array.from({ length: 15 }, (_, index) => index + 1));
    expect(new Set(lab?.modules.map((module) => module.format))).toEqual(new Set(['ONLINE', 'LIVE']));
    expect(lab?.cohorts.map((cohort) => cohort.title)).toEqual(['Regionallabor 2025', 'Regionallabor 2024']);
    expect(byKind.get('MODERATOR_TRAINING')?.modules).toHaveLength(6);
    const companion = byKind.get('ONLINE_COMPANION');
    expect(companion?.durationMonths).toBeNull();
    expect(companion?.courses).toHaveLength(4);
    expect(companion?.cohorts).toEqual([]);
  });

  it('filters by kind and answers NOT_FOUND for an unknown id', async () => {
    const filtered = await query<{ programs: { edges: { node: { kind: string } }[] } }>(
      '{ programs(filter: { kinds: [MODERATOR_TRAINING] }) { edges { node { kind } } } }',
    );
    expect(filtered.body.data?.programs.edges.map((edge) => edge.node.kind)).toEqual(['MODERATOR_TRAINING']);
    const missing = await query('query($id: UUID!) { program(id: $id) { title } }', {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
  });

  it('refuses a page larger than 100 with BAD_USER_INPUT', async () => {
    expect(errorCodes(await query('{ programs(first: 101) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('programme mutations', () => {
  const createProgram = `mutation($input: CreateProgramInput!) {
    createProgram(input: $input) { program { id kind title durationMonths courses { title } } userErrors { field message code } }
  }`;

  it('lets staff create a programme that includes courses', async () => {
    const courses = await query<{ courses: { edges: { node: { id: string } }[] } }>(
      '{ courses(first: 1, filter: { topics: [MODERATION] }) { edges { node { id } } } }',
    );
    const moderationId = courses.body.data?.courses.edges[0]?.node.id;
    const response = await query<{
      createProgram: { program: ProgramNode; userErrors: unknown[] };
    }>(
      createProgram,
      {
        input: {
          kind: 'MODERATOR_TRAINING',
          title: 'Ausbildung Regional-Moderation 2027',
          description: 'Der zweite Durchgang der Ausbildung für Regional-Moderatorinnen und -Moderatoren.',
          durationMonths: 6,
          courseIds: [moderationId],
        },
      },
      { token: staff },
    );
    expect(response.body.data?.createProgram.userErrors).toEqual([]);
    expect(response.body.data?.createProgram.program.courses.map((course) => course.title)).toEqual([
      'Moderation von Mitmach-Formaten',
    ]);
  });

  it('refuses bad fields with userErrors and writes nothing', async () => {
    const before = await rowCount(programs);
    const response = await query<{ createProgram: { program: null; userErrors: { field: string[]; code: string }[] } }>(
      createProgram,
      {
        input: {
          kind: 'ONLINE_COMPANION',
          title: 'X',
          description: 'kurz',
          durationMonths: 12,
          courseIds: ['00000000-0000-4000-8000-000000000000'],
        },
      },
      { token: staff },
    );
    expect(response.body.data?.createProgram.program).toBeNull();
    expect(response.body.data?.createProgram.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.title', 'INVALID'],
      ['input.description', 'INVALID'],
      ['input.durationMonths', 'SELF_PACED'],
    ]);
    const unknownCourse = await query<{ createProgram: { userErrors: { code: string }[] } }>(
      createProgram,
      {
        input: {
          kind: 'REGIONAL_LAB',
          title: 'Regionallabor Süd',
          description: 'Ein zusätzliches Regionallabor für den Alpenraum.',
          durationMonths: 15,
          courseIds: ['00000000-0000-4000-8000-000000000000'],
        },
      },
      { token: staff },
    );
    expect(unknownCourse.body.data?.createProgram.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    expect(await rowCount(programs)).toBe(before);
  });

  it('refuses every role but staff with FORBIDDEN', async () => {
    const input = {
      kind: 'REGIONAL_LAB',
      title: 'Regionallabor Nord',
      description: 'Ein zusätzliches Regionallabor für Norddeutschland.',
      durationMonths: 15,
    };
    const before = await rowCount(programs);
    const tokens = [
      undefined,
      await tokenFor(platform.jwtSecret, ['partner']),
      await tokenFor(platform.jwtSecret, ['member'], { personId: '00000000-0000-4000-8000-0000000000bb' }),
      await tokenFor(platform.jwtSecret, ['regional_team'], { personId: '00000000-0000-4000-8000-0000000000cc' }),
      await tokenFor(platform.jwtSecret, ['reporting']),
    ];
    for (const token of tokens) {
      expect(errorCodes(await query(createProgram, { input }, token ? { token } : {}))).toEqual(['FORBIDDEN']);
    }
    expect(await rowCount(programs)).toBe(before);
  });

  it('does not let a programme become shorter than its modules', async () => {
    const response = await query<{ updateProgram: { program: null; userErrors: { code: string }[] } }>(
      `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { program { durationMonths } userErrors { field code } } }`,
      { input: { programId: programId('regionallabor'), durationMonths: 12 } },
      { token: staff },
    );
    expect(response.body.data?.updateProgram.userErrors.map((error) => error.code)).toEqual(['MODULES_OUTSIDE']);
  });
});
