import type { Db } from '@mitmach/db';
import { asc, count, eq, inArray } from 'drizzle-orm';
import { type ProgramModuleRow, programModules } from '../../db/schema';

export type NewProgramModule = typeof programModules.$inferInsert;

export function modulesByIds(db: Db, ids: readonly string[]): Promise<ProgramModuleRow[]> {
  return db
    .select()
    .from(programModules)
    .where(inArray(programModules.id, [...ids]));
}

export function modulesByProgramIds(db: Db, programIds: readonly string[]): Promise<ProgramModuleRow[]> {
  return db
    .select()
    .from(programModules)
    .where(inArray(programModules.programId, [...programIds]))
    .orderBy(asc(programModules.number));
}

export async function moduleCount(db: Db, programId: string): Promise<number> {
  const [row] = await db.select({ value: count() }).from(programModules).where(eq(programModules.programId, programId));
  return row?.value ?? 0;
}

export async function lockModule(db: Db, id: string): Promise<ProgramModuleRow | null> {
  const [row] = await db.select().from(programModules).where(eq(programModules.id, id)).for('update');
  return row ?? null;
}

export async function insertModule(db: Db, module: NewProgramModule): Promise<ProgramModuleRow> {
  const [row] = await db.insert(programModules).values(module).returning();
  if (!row) throw new Error('insert into program_modules returned no row');
  return row;
}

export async function updateModuleRow(db: Db, id: string, patch: Partial<NewProgramModule>): Promise<ProgramModuleRow> {
  const [row] = await db
    .update(programModules)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(programModules.id, id))
    .returning();
  if (!row) throw new Error('update of program_modules returned no row');
  return row;
}
