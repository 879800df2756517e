import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { asc, count, eq, inArray, max, type SQL } from 'drizzle-orm';
import { courses, type ProgramRow, programCourses, programModules, programs } from '../../db/schema';
import { byTitle } from '../title-order';

export interface ProgramListFilter {
  kinds?: readonly ProgramRow['kind'][] | null;
}

export type NewProgram = typeof programs.$inferInsert;

export async function listPrograms(
  db: Db,
  filter: ProgramListFilter,
  page: Page,
): Promise<{ rows: ProgramRow[]; totalCount: number }> {
  const where: SQL | undefined = filter.kinds?.length ? inArray(programs.kind, [...filter.kinds]) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(programs)
      .where(where)
      .orderBy(byTitle(programs.title), asc(programs.id))
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(programs).where(where),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function programsByIds(db: Db, ids: readonly string[]): Promise<ProgramRow[]> {
  return db
    .select()
    .from(programs)
    .where(inArray(programs.id, [...ids]));
}

export function coursesByProgramIds(db: Db, programIds: readonly string[]) {
  return db
    .select({ programId: programCourses.programId, course: courses })
    .from(programCourses)
    .innerJoin(courses, eq(courses.id, programCourses.courseId))
    .where(inArray(programCourses.programId, [...programIds]))
    .orderBy(byTitle(courses.title), asc(courses.id));
}

export function programsByCourseIds(db: Db, courseIds: readonly string[]) {
  return db
    .select({ courseId: programCourses.courseId, program: programs })
    .from(programCourses)
    .innerJoin(programs, eq(programs.id, programCourses.programId))
    .where(inArray(programCourses.courseId, [...courseIds]))
    .orderBy(byTitle(programs.title), asc(programs.id));
}

export async function existingCourseIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: courses.id })
    .from(courses)
    .where(inArray(courses.id, [...ids]));
  return new Set(rows.map((row) => row.id));
}

export async function lockProgram(db: Db, id: string): Promise<ProgramRow | null> {
  const [row] = await db.select().from(programs).where(eq(programs.id, id)).for('update');
  return row ?? null;
}

export async function latestModuleMonth(db: Db, programId: string): Promise<number | null> {
  const [row] = await db
    .select({ value: max(programModules.month) })
    .from(programModules)
    .where(eq(programModules.programId, programId));
  return row?.value ?? null;
}

export async function insertProgram(db: Db, program: NewProgram): Promise<ProgramRow> {
  const [row] = await db.insert(programs).values(program).returning();
  if (!row) throw new Error('insert into programs returned no row');
  return row;
}

export async function updateProgramRow(db: Db, id: string, patch: Partial<NewProgram>): Promise<ProgramRow> {
  const [row] = await db
    .update(programs)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(programs.id, id))
    .returning();
  if (!row) throw new Error('update of programs returned no row');
  return row;
}

export async function replaceProgramCourses(db: Db, programId: string, courseIds: readonly string[]): Promise<void> {
  await db.delete(programCourses).where(eq(programCourses.programId, programId));
  if (courseIds.length > 0) {
    await db.insert(programCourses).values([...new Set(courseIds)].map((courseId) => ({ programId, courseId })));
  }
}
