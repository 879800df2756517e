import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { handbookChapters } from '../../db/schema';
import { chapterSeedId } from '../../seed/seed';
import { startLearning } from '../../testing/start-learning';

const { platform, query, staff } = await startForFile(startLearning);

interface ChapterNode {
  number: number;
  title: string;
  firstPage: number;
  lastPage: number;
  pageCount: number;
}

const chapterCount = async () => (await platform.db.select({ value: count() }).from(handbookChapters))[0]?.value ?? -1;

const createChapter = `mutation($input: CreateHandbookChapterInput!) {
  createHandbookChapter(input: $input) { chapter { number pageCount } userErrors { field message code } }
}`;

describe('the handbook', () => {
  it('has about twelve chapters that cover its hundred pages without gaps, by number', async () => {
    const response = await query<{ handbookChapters: { totalCount: number; edges: { node: ChapterNode }[] } }>(
      '{ handbookChapters(first: 100) { totalCount edges { node { number title firstPage lastPage pageCount } } } }',
    );
    expect(response.body.errors).toBeUndefined();
    const chapters = response.body.data?.handbookChapters.edges.map((edge) => edge.node) ?? [];
    expect(chapters).toHaveLength(12);
    expect(chapters.map((chapter) => chapter.number)).toEqual(chapters.map((_chapter, index) => index + 1));
    expect(chapters[0]?.firstPage).toBe(1);
    expect(chapters.at(-1)?.lastPage).toBe(100);
    chapters.slice(1).forEach((chapter, index) => {
      expect(chapter.firstPage).toBe((chapters[index]?.lastPage ?? 0) + 1);
    });
    expect(chapters.reduce((sum, chapter) => sum + chapter.pageCount, 0)).toBe(100);
  });

  it('pages with cursors', async () => {
    const first = await query<{
      handbookChapters: { edges: { node: ChapterNode }[]; pageInfo: { endCursor: string } };
    }>('{ handbookChapters(first: 5) { edges { node { number } } pageInfo { endCursor hasNextPage } } }');
    const after = first.body.data?.handbookChapters.pageInfo.endCursor;
    const second = await query<{ handbookChapters: { edges: { node: ChapterNode }[] } }>(
      'query($after: String) { handbookChapters(first: 5, after: $after) { edges { node { number } } } }',
      { after },
    );
    expect(second.body.data?.handbookChapters.edges.map((edge) => edge.node.number)).toEqual([6, 7, 8, 9, 10]);
  });
});

describe('handbook mutations', () => {
  it('lets staff add a chapter after the last page', async () => {
    const response = await query<{ createHandbookChapter: { chapter: { number: number; pageCount: number } } }>(
      createChapter,
      {
        input: {
          number: 13,
          title: 'Anhang: Methodensammlung',
          summary: 'Kurzbeschreibungen aller Methoden aus dem Handbuch zum Nachschlagen.',
          firstPage: 101,
          lastPage: 108,
        },
      },
      { token: staff },
    );
    expect(response.body.data?.createHandbookChapter.chapter).toEqual({ number: 13, pageCount: 8 });
  });

  it('refuses overlapping pages, a taken number and pages out of order, writing nothing', async () => {
    const before = await chapterCount();
    const base = { title: 'Neues Kapitel', summary: 'Ein Kapitel, das nicht passt.', number: 20 };
    const overlap = await query<{ createHandbookChapter: { userErrors: { message: string; code: string }[] } }>(
      createChapter,
      { input: { ...base, firstPage: 40, lastPage: 44 } },
      { token: staff },
    );
    expect(overlap.body.data?.createHandbookChapter.userErrors).toEqual([
      {
        field: ['input', 'firstPage'],
        code: 'PAGES_OVERLAP',
        message: 'Pages 40–44 overlap chapter 5 (pages 32–42).',
      },
      {
        field: ['input', 'firstPage'],
        code: 'PAGES_OVERLAP',
        message: 'Pages 40–44 overlap chapter 6 (pages 43–52).',
      },
    ]);
    const taken = await query<{ createHandbookChapter: { userErrors: { code: string }[] } }>(
      createChapter,
      { input: { ...base, number: 3, firstPage: 200, lastPage: 210 } },
      { token: staff },
    );
    expect(taken.body.data?.createHandbookChapter.userErrors.map((error) => error.code)).toEqual(['TAKEN']);
    const order = await query<{ createHandbookChapter: { userErrors: { code: string }[] } }>(
      createChapter,
      { input: { ...base, firstPage: 210, lastPage: 200 } },
      { token: staff },
    );
    expect(order.body.data?.createHandbookChapter.userErrors.map((error) => error.code)).toEqual(['INVALID_PAGES']);
    expect(await chapterCount()).toBe(before);
  });

  it('refuses to stretch a chapter over its neighbour', async () => {
    const response = await query<{ updateHandbookChapter: { chapter: null; userErrors: { code: string }[] } }>(
      `mutation($input: UpdateHandbookChapterInput!) {
        updateHandbookChapter(input: $input) { chapter { lastPage } userErrors { code } } }`,
      { input: { chapterId: chapterSeedId(1), lastPage: 8 } },
      { token: staff },
    );
    expect(response.body.data?.updateHandbookChapter).toEqual({
      chapter: null,
      userErrors: [{ code: 'PAGES_OVERLAP' }],
    });
  });

  it('refuses non-staff callers with FORBIDDEN', async () => {
    const team = await tokenFor(platform.jwtSecret, ['regional_team'], {
      personId: '00000000-0000-4000-8000-0000000000cc',
    });
    const response = await query(
      createChapter,
      {
        input: {
          number: 30,
          title: 'Unser Kapitel',
          summary: 'Ein Kapitel des Regional-Teams.',
          firstPage: 300,
          lastPage: 301,
        },
      },
      { token: team },
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
});
