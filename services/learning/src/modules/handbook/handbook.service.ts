import type { Caller } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { type UserError, userError } from '@mitmach/server-kit';
import type { HandbookChapterRow } from '../../db/schema';
import { applyLearningChange, learningCreated } from '../../events/change-events';
import { requireStaff } from '../access';
import { checkInteger, checkOptionalText, checkText, given, notFoundError } from '../input-checks';
import {
  chapterByNumber,
  chaptersByIds,
  insertChapter,
  lockHandbook,
  overlappingChapters,
  updateChapterRow,
} from './handbook.repository';

export interface HandbookChapterResult {
  chapter: HandbookChapterRow | null;
  userErrors: UserError[];
}

const rejected = (userErrors: UserError[]): HandbookChapterResult => ({ chapter: null, userErrors });

// Generous for a handbook of about a hundred pages that may grow in later editions.
const lastPossiblePage = 1000;

function checkPages(firstPage: number, lastPage: number): UserError[] {
  const errors = [
    ...checkInteger(firstPage, ['input', 'firstPage'], 'The first page', 1, lastPossiblePage),
    ...checkInteger(lastPage, ['input', 'lastPage'], 'The last page', 1, lastPossiblePage),
  ];
  if (errors.length === 0 && lastPage < firstPage) {
    errors.push(
      userError(
        ['input', 'lastPage'],
        `The last page (${lastPage}) cannot come before the first (${firstPage}).`,
        'INVALID_PAGES',
      ),
    );
  }
  return errors;
}

async function checkOverlap(db: Db, firstPage: number, lastPage: number, exceptId: string | null) {
  const overlapping = await overlappingChapters(db, firstPage, lastPage, exceptId);
  return overlapping.map((chapter) =>
    userError(
      ['input', 'firstPage'],
      `Pages ${firstPage}–${lastPage} overlap chapter ${chapter.number} (pages ${chapter.firstPage}–${chapter.lastPage}).`,
      'PAGES_OVERLAP',
    ),
  );
}

export async function createHandbookChapter(
  db: Db,
  caller: Caller,
  command: { number: number; title: string; summary: string; firstPage: number; lastPage: number },
): Promise<HandbookChapterResult> {
  requireStaff(caller, 'add handbook chapters');
  const errors = [
    ...checkInteger(command.number, ['input', 'number'], 'The chapter number', 1, 500),
    ...checkText(command.title, ['input', 'title'], 'The title', 3, 120),
    ...checkText(command.summary, ['input', 'summary'], 'The summary', 10, 4000),
    ...checkPages(command.firstPage, command.lastPage),
  ];
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    await lockHandbook(tx);
    if (await chapterByNumber(tx, command.number)) {
      return rejected([userError(['input', 'number'], `Chapter ${command.number} exists already.`, 'TAKEN')]);
    }
    const overlap = await checkOverlap(tx, command.firstPage, command.lastPage, null);
    if (overlap.length > 0) return rejected(overlap);
    const chapter = await insertChapter(tx, {
      number: command.number,
      title: command.title.trim(),
      summary: command.summary.trim(),
      firstPage: command.firstPage,
      lastPage: command.lastPage,
    });
    await learningCreated(tx, 'handbookChapter', chapter);
    return { chapter, userErrors: [] };
  });
}

export async function updateHandbookChapter(
  db: Db,
  caller: Caller,
  command: {
    chapterId: string;
    title?: string | null;
    summary?: string | null;
    firstPage?: number | null;
    lastPage?: number | null;
  },
): Promise<HandbookChapterResult> {
  requireStaff(caller, 'change handbook chapters');
  const errors = [
    ...checkOptionalText(command.title, ['input', 'title'], 'The title', 3, 120),
    ...checkOptionalText(command.summary, ['input', 'summary'], 'The summary', 10, 4000),
  ];
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    await lockHandbook(tx);
    const [current] = await chaptersByIds(tx, [command.chapterId]);
    if (!current) return rejected([notFoundError(['input', 'chapterId'], 'handbook chapter')]);
    const firstPage = command.firstPage ?? current.firstPage;
    const lastPage = command.lastPage ?? current.lastPage;
    const pageErrors = checkPages(firstPage, lastPage);
    if (pageErrors.length > 0) return rejected(pageErrors);
    const overlap = await checkOverlap(tx, firstPage, lastPage, current.id);
    if (overlap.length > 0) return rejected(overlap);
    const chapter = await applyLearningChange(
      tx,
      'handbookChapter',
      current,
      { ...given('title', command.title?.trim()), ...given('summary', command.summary?.trim()), firstPage, lastPage },
      (patch) => updateChapterRow(tx, current.id, patch),
    );
    return { chapter, userErrors: [] };
  });
}
