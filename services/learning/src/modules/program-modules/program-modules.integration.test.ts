import { programId } from '@mitmach/demo-network';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { programModules } from '../../db/schema';
import { moduleSeedId } from '../../seed/seed';
import { startLearning } from '../../testing/start-learning';

const regionalLab = programId('regionallabor');
const moderatorTraining = programId('ausbildung-regional-moderation');

const { platform, query, staff } = await startForFile(startLearning);

const createModule = `mutation($input: CreateProgramModuleInput!) {
  createProgramModule(input: $input) {
    module { id number month format durationMinutes startsAt program { title } }
    userErrors { field message code }
  }
}`;

interface CreateModuleData {
  createProgramModule: {
    module: {
      id: string;
      number: number;
      month: number;
      format: string;
      startsAt: string;
      program: { title: string };
    } | null;
    userErrors: { field: string[]; message: string; code: string }[];
  };
}

const moduleInput = (overrides: Record<string, unknown> = {}) => ({
  programId: regionalLab,
  title: 'Sondermodul Jugendbeteiligung',
  description: 'Wie junge Menschen in der Region mitreden und mitgestalten.',
  month: 15,
  startsAt: '2026-12-18T17:00:00+01:00',
  durationMinutes: 90,
  format: 'ONLINE',
  ...overrides,
});

const modulesOf = async (program: string) =>
  (await platform.db.select({ value: count() }).from(programModules).where(eq(programModules.programId, program)))[0]
    ?.value ?? -1;

describe('creating modules', () => {
  it('numbers a new module after the last one', async () => {
    const response = await query<CreateModuleData>(createModule, { input: moduleInput() }, { token: staff });
    expect(response.body.data?.createProgramModule.userErrors).toEqual([]);
    expect(response.body.data?.createProgramModule.module).toMatchObject({
      number: 16,
      month: 15,
      format: 'ONLINE',
      startsAt: '2026-12-18T16:00:00.000Z',
      program: { title: 'Regionallabor' },
    });
  });

  it('refuses a number that is taken or leaves a gap, and a month outside the programme', async () => {
    const before = await modulesOf(regionalLab);
    const taken = await query<CreateModuleData>(createModule, { input: moduleInput({ number: 3 }) }, { token: staff });
    expect(taken.body.data?.createProgramModule.userErrors).toEqual([
      {
        field: ['input', 'number'],
        code: 'TAKEN',
        message: `Module 3 exists already; the next number is ${before + 1}.`,
      },
    ]);
    const gap = await query<CreateModuleData>(createModule, { input: moduleInput({ number: 40 }) }, { token: staff });
    expect(gap.body.data?.createProgramModule.userErrors.map((error) => error.code)).toEqual(['NUMBER_OUT_OF_RANGE']);
    const month = await query<CreateModuleData>(createModule, { input: moduleInput({ month: 16 }) }, { token: staff });
    expect(month.body.data?.createProgramModule.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual(
      [['input.month', 'MONTH_OUT_OF_RANGE']],
    );
    const invalid = await query<CreateModuleData>(
      createModule,
      { input: moduleInput({ number: 0, durationMinutes: 5, title: '' }) },
      { token: staff },
    );
    expect(
      invalid.body.data?.createProgramModule.userErrors.map((error) => [error.field.join('.'), error.code]),
    ).toEqual([
      ['input.title', 'INVALID'],
      ['input.durationMinutes', 'OUT_OF_RANGE'],
      ['input.number', 'OUT_OF_RANGE'],
    ]);
    expect(await modulesOf(regionalLab)).toBe(before);
  });

  it('keeps the moderator training at six modules', async () => {
    expect(await modulesOf(moderatorTraining)).toBe(6);
    const response = await query<CreateModuleData>(
      createModule,
      { input: moduleInput({ programId: moderatorTraining, month: 6 }) },
      { token: staff },
    );
    expect(response.body.data?.createProgramModule.module).toBeNull();
    expect(response.body.data?.createProgramModule.userErrors).toEqual([
      {
        field: ['input', 'programId'],
        code: 'TOO_MANY_MODULES',
        message: 'Ausbildung Regional-Moderation has at most 6 modules, and it has 6.',
      },
    ]);
    expect(await modulesOf(moderatorTraining)).toBe(6);
  });

  it('reports an unknown programme as a NOT_FOUND user error', async () => {
    const response = await query<CreateModuleData>(
      createModule,
      { input: moduleInput({ programId: '00000000-0000-4000-8000-000000000000' }) },
      { token: staff },
    );
    expect(response.body.data?.createProgramModule.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  });

  it('refuses regional teams and members with FORBIDDEN', async () => {
    const before = await modulesOf(regionalLab);
    for (const roles of [['regional_team'], ['member']] as const) {
      const token = await tokenFor(platform.jwtSecret, [...roles], {
        personId: '00000000-0000-4000-8000-0000000000cc',
      });
      expect(errorCodes(await query(createModule, { input: moduleInput() }, { token }))).toEqual(['FORBIDDEN']);
    }
    expect(await modulesOf(regionalLab)).toBe(before);
  });
});

describe('updating modules', () => {
  const updateModule = `mutation($input: UpdateProgramModuleInput!) {
    updateProgramModule(input: $input) { module { number title format startsAt } userErrors { field code } }
  }`;

  it('moves a module to another date and format, keeping its number', async () => {
    const response = await query<{
      updateProgramModule: { module: { number: number; format: string; startsAt: string }; userErrors: unknown[] };
    }>(
      updateModule,
      { input: { moduleId: moduleSeedId('regionallabor', 14), format: 'LIVE', startsAt: '2026-11-13T10:00:00+01:00' } },
      { token: staff },
    );
    expect(response.body.data?.updateProgramModule).toEqual({
      module: {
        number: 14,
        title: 'Den Erfolgs-Workshop vorbereiten',
        format: 'LIVE',
        startsAt: '2026-11-13T09:00:00.000Z',
      },
      userErrors: [],
    });
  });

  it('refuses a month beyond the programme and an unknown module', async () => {
    const month = await query<{ updateProgramModule: { userErrors: { code: string }[] } }>(
      updateModule,
      { input: { moduleId: moduleSeedId('ausbildung-regional-moderation', 2), month: 7 } },
      { token: staff },
    );
    expect(month.body.data?.updateProgramModule.userErrors.map((error) => error.code)).toEqual(['MONTH_OUT_OF_RANGE']);
    const [unchanged] = await platform.db
      .select()
      .from(programModules)
      .where(eq(programModules.id, moduleSeedId('ausbildung-regional-moderation', 2)));
    expect(unchanged?.month).toBe(2);
    const unknown = await query<{ updateProgramModule: { userErrors: { code: string }[] } }>(
      updateModule,
      { input: { moduleId: '00000000-0000-4000-8000-000000000000', title: 'Neuer Titel' } },
      { token: staff },
    );
    expect(unknown.body.data?.updateProgramModule.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  });
});
