import type { Db } from '@mitmach/db';
import { type ChangeEventContract, changedFields, contracts, writeChange } from '@mitmach/events';
import { outbox } from '../db/schema';

const changeContracts = {
  program: contracts.programChanged,
  cohort: contracts.cohortChanged,
  programModule: contracts.programModuleChanged,
  course: contracts.courseChanged,
  lesson: contracts.lessonChanged,
  handbookChapter: contracts.handbookChapterChanged,
  exchangeMeeting: contracts.exchangeMeetingChanged,
  toolkitItem: contracts.toolkitItemChanged,
} as const;

export type LearningEntity = keyof typeof changeContracts;
type Versioned = { id: string; version: number; courseId?: string };

// References are columns ending in Id; the API (and the events) name them without.
const fieldOfColumn: Readonly<Record<string, string>> = {
  programId: 'program',
  cohortId: 'cohort',
  courseId: 'course',
  handbookChapterId: 'handbookChapter',
};

function contractOf(entity: LearningEntity): ChangeEventContract {
  return changeContracts[entity] as unknown as ChangeEventContract;
}

function keyOf(entity: LearningEntity, row: Versioned): Record<string, string> {
  return entity === 'lesson' ? { id: row.id, courseId: row.courseId ?? '' } : { id: row.id };
}

// Programmes, cohorts, modules, courses, lessons, the handbook, exchange meetings and the toolkit are public
// (enrolments and progress, which are personal, write no change event).
export function learningCreated(db: Db, entity: LearningEntity, row: Versioned) {
  return writeChange(db, outbox, contractOf(entity), {
    key: keyOf(entity, row),
    kind: 'created',
    public: true,
    version: row.version,
  });
}

export function learningChanged(db: Db, entity: LearningEntity, row: Versioned, fields: readonly string[]) {
  return writeChange(db, outbox, contractOf(entity), {
    key: keyOf(entity, row),
    kind: 'updated',
    changedFields: fields,
    public: true,
    version: row.version,
  });
}

/**
 * Applies a patch when it changes anything (or `also` names a part the caller changed, such as a list kept in another
 * table): raises the version, writes one change event naming the fields, and returns the row as written. A patch that
 * changes nothing writes nothing and returns the row as it was.
 */
export async function applyLearningChange<Row extends Versioned>(
  db: Db,
  entity: LearningEntity,
  current: Row,
  patch: Partial<Row>,
  write: (patch: Partial<Row>) => Promise<Row>,
  also: readonly string[] = [],
): Promise<Row> {
  const contract = contractOf(entity);
  const columns = changedFields(
    Object.keys(patch),
    current as Record<string, unknown>,
    patch as Record<string, unknown>,
  );
  const fields = [
    ...columns.map((column) => fieldOfColumn[column] ?? column).filter((field) => contract.fields.includes(field)),
    ...also,
  ];
  if (fields.length === 0) return current;
  const row = await write({ ...patch, version: current.version + 1 });
  await learningChanged(db, entity, row, fields);
  return row;
}

export const sameList = (a: readonly unknown[], b: readonly unknown[]) => JSON.stringify(a) === JSON.stringify(b);
