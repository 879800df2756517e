import type { Db } from '@mitmach/db';
import { and, asc, between, count, eq, inArray, sql } from 'drizzle-orm';
import { handbookChapters, type LessonRow, lessons } from '../../db/schema';

export type NewLesson = typeof lessons.$inferInsert;

// Positions are unique per course and Postgres checks that row by row within one UPDATE, so shifted lessons pass
// through a range no real position reaches.
const shiftOffset = 1_000_000;
const movingPosition = 3 * shiftOffset;

export function lessonsByIds(db: Db, ids: readonly string[]): Promise<LessonRow[]> {
  return db
    .select()
    .from(lessons)
    .where(inArray(lessons.id, [...ids]));
}

export function lessonsByCourseIds(db: Db, courseIds: readonly string[]): Promise<LessonRow[]> {
  return db
    .select()
    .from(lessons)
    .where(inArray(lessons.courseId, [...courseIds]))
    .orderBy(asc(lessons.position));
}

export async function lessonCount(db: Db, courseId: string): Promise<number> {
  const [row] = await db.select({ value: count() }).from(lessons).where(eq(lessons.courseId, courseId));
  return row?.value ?? 0;
}

export async function chapterExists(db: Db, chapterId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: handbookChapters.id })
    .from(handbookChapters)
    .where(eq(handbookChapters.id, chapterId));
  return row !== undefined;
}

export async function lockLesson(db: Db, id: string): Promise<LessonRow | null> {
  const [row] = await db.select().from(lessons).where(eq(lessons.id, id)).for('update');
  return row ?? null;
}

/**
 * Moves the lessons at positions `from`..`to` of a course by `delta` places, raising their versions; returns them, for
 * their change events.
 */
export async function shiftLessons(
  db: Db,
  courseId: string,
  from: number,
  to: number,
  delta: 1 | -1,
): Promise<{ id: string; courseId: string; version: number }[]> {
  if (from > to) return [];
  await db
    .update(lessons)
    .set({ position: sql`${lessons.position} + ${shiftOffset}`, version: sql`${lessons.version} + 1` })
    .where(and(eq(lessons.courseId, courseId), between(lessons.position, from, to)));
  return db
    .update(lessons)
    .set({ position: sql`${lessons.position} - ${shiftOffset - delta}` })
    .where(and(eq(lessons.courseId, courseId), between(lessons.position, from + shiftOffset, to + shiftOffset)))
    .returning({ id: lessons.id, courseId: lessons.courseId, version: lessons.version });
}

export async function parkLesson(db: Db, id: string): Promise<void> {
  await db.update(lessons).set({ position: movingPosition }).where(eq(lessons.id, id));
}

export async function insertLesson(db: Db, lesson: NewLesson): Promise<LessonRow> {
  const [row] = await db.insert(lessons).values(lesson).returning();
  if (!row) throw new Error('insert into lessons returned no row');
  return row;
}

export async function updateLessonRow(db: Db, id: string, patch: Partial<NewLesson>): Promise<LessonRow> {
  const [row] = await db
    .update(lessons)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(lessons.id, id))
    .returning();
  if (!row) throw new Error('update of lessons returned no row');
  return row;
}
