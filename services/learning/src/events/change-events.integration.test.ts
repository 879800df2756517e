import { regionId } from '@mitmach/demo-network';
import { changeEventsOf, writerOf } from '@mitmach/events/testing';
import { graphqlClient, tokenFor } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courses, lessons, outbox } from '../db/schema';
import { type RunningLearning, startLearning } from '../testing/start-learning';

let platform: RunningLearning;
let query: ReturnType<typeof graphqlClient>;
let staff: string;
let changes: ReturnType<typeof changeEventsOf>;

beforeAll(async () => {
  platform = await startLearning();
  query = graphqlClient(platform.gatewayUrl);
  staff = await tokenFor(platform.jwtSecret, ['staff'], { personId: '00000000-0000-4000-8000-000000000001' });
  changes = changeEventsOf(platform.db, outbox);
});
afterAll(() => platform?.stop());

/** Runs `mutation(input)` as staff, selecting `selection` of its payload, and returns it with the change events. */
async function mutate(mutation: string, inputType: string, selection: string, input: Record<string, unknown>) {
  const mark = await changes.mark();
  const response = await query<Record<string, Record<string, { id: string; version: number } | null>>>(
    `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} { id version } userErrors { code message } } }`,
    { input },
    { token: staff },
  );
  expect(response.body.errors).toBeUndefined();
  const payload = response.body.data?.[mutation] as Record<string, unknown>;
  expect(payload.userErrors).toEqual([]);
  const events = await changes.since(mark);
  return { entity: payload[selection] as { id: string; version: number }, events };
}

const summary = (events: Awaited<ReturnType<typeof changes.since>>) =>
  events.map((event) => [event.name, event.payload.kind, event.payload.changedFields, event.payload.version]);

describe('learning change events', () => {
  it('writes one event per change of a course and its lessons, with the lessons a move shifts, none for no-ops', async () => {
    const course = await mutate('createCourse', 'CreateCourseInput', 'course', {
      topic: 'PRESS_WORK',
      title: 'Pressearbeit kompakt',
      description: 'Wie eine Region ihre Konferenz in die Lokalzeitung bringt.',
    });
    const courseId = course.entity.id;
    expect(summary(course.events)).toEqual([
      ['learning.course-changed', 'created', ['topic', 'title', 'description'], 1],
    ]);
    expect(course.events[0]?.tx).toBe(await writerOf(platform.db, courses, courses.id, courseId));
    const same = await mutate('updateCourse', 'UpdateCourseInput', 'course', {
      courseId,
      title: 'Pressearbeit kompakt',
    });
    expect(same.events).toEqual([]);
    const renamed = await mutate('updateCourse', 'UpdateCourseInput', 'course', { courseId, title: 'Pressearbeit' });
    expect(summary(renamed.events)).toEqual([['learning.course-changed', 'updated', ['title'], 2]]);

    const lesson = (title: string, position?: number) =>
      mutate('createLesson', 'CreateLessonInput', 'lesson', {
        courseId,
        kind: 'TEXT',
        title,
        summary: 'Eine kurze Einführung in das Thema.',
        durationMinutes: 10,
        ...(position ? { position } : {}),
      });
    const first = await lesson('Die Pressemitteilung');
    const second = await lesson('Das Interview');
    expect(summary(second.events)).toEqual([
      ['learning.lesson-changed', 'created', expect.arrayContaining(['position', 'title']), 1],
    ]);
    expect(second.events[0]?.payload.key).toEqual({ id: second.entity.id, courseId });
    expect(second.events[0]?.tx).toBe(await writerOf(platform.db, lessons, lessons.id, second.entity.id));
    const moved = await mutate('updateLesson', 'UpdateLessonInput', 'lesson', {
      lessonId: second.entity.id,
      position: 1,
    });
    expect(
      moved.events.map((event) => [event.aggregateId, event.payload.changedFields, event.payload.version]),
    ).toEqual([
      [`${second.entity.id}:${courseId}`, ['position'], 2],
      [`${first.entity.id}:${courseId}`, ['position'], 2],
    ]);
    const unmoved = await mutate('updateLesson', 'UpdateLessonInput', 'lesson', {
      lessonId: second.entity.id,
      position: 1,
      title: 'Das Interview',
    });
    expect(unmoved.events).toEqual([]);
  });

  it('writes programme, cohort, module, handbook, meeting and toolkit events, naming lists kept in other tables', async () => {
    const program = await mutate('createProgram', 'CreateProgramInput', 'program', {
      kind: 'REGIONAL_LAB',
      title: 'Regionallabor Test',
      description: 'Fünfzehn Monate Begleitung für neue Regionen.',
      durationMonths: 15,
    });
    const programId = program.entity.id;
    expect(summary(program.events)).toEqual([
      ['learning.program-changed', 'created', ['kind', 'title', 'description', 'durationMonths', 'courses'], 1],
    ]);
    const course = await mutate('createCourse', 'CreateCourseInput', 'course', {
      topic: 'MODERATION',
      title: 'Moderation',
      description: 'Wie man eine Mitmach-Konferenz moderiert.',
    });
    const withCourse = await mutate('updateProgram', 'UpdateProgramInput', 'program', {
      programId,
      courseIds: [course.entity.id],
      durationMonths: 15,
    });
    expect(summary(withCourse.events)).toEqual([['learning.program-changed', 'updated', ['courses'], 2]]);
    const sameCourses = await mutate('updateProgram', 'UpdateProgramInput', 'program', {
      programId,
      courseIds: [course.entity.id],
    });
    expect(sameCourses.events).toEqual([]);

    const cohort = await mutate('createCohort', 'CreateCohortInput', 'cohort', {
      programId,
      title: 'Kohorte Test',
      applicationDeadline: '2031-01-15',
      startsOn: '2031-02-01',
      endsOn: '2032-05-01',
    });
    expect(summary(cohort.events)).toEqual([
      ['learning.cohort-changed', 'created', expect.arrayContaining(['title', 'regions']), 1],
    ]);
    const joined = await mutate('addRegionToCohort', 'CohortRegionInput', 'cohort', {
      cohortId: cohort.entity.id,
      regionId: regionId('wurzen'),
    });
    expect(summary(joined.events)).toEqual([['learning.cohort-changed', 'updated', ['regions'], 2]]);
    const left = await mutate('removeRegionFromCohort', 'CohortRegionInput', 'cohort', {
      cohortId: cohort.entity.id,
      regionId: regionId('wurzen'),
    });
    expect(summary(left.events)).toEqual([['learning.cohort-changed', 'updated', ['regions'], 3]]);
    const sameDates = await mutate('updateCohort', 'UpdateCohortInput', 'cohort', {
      cohortId: cohort.entity.id,
      startsOn: '2031-02-01',
    });
    expect(sameDates.events).toEqual([]);

    const module = await mutate('createProgramModule', 'CreateProgramModuleInput', 'module', {
      programId,
      title: 'Auftakt',
      description: 'Die Regionen lernen einander kennen.',
      month: 1,
      durationMinutes: 90,
      format: 'ONLINE',
    });
    expect(summary(module.events)[0]?.slice(0, 2)).toEqual(['learning.program-module-changed', 'created']);
    const moduleMoved = await mutate('updateProgramModule', 'UpdateProgramModuleInput', 'module', {
      moduleId: module.entity.id,
      month: 2,
      format: 'ONLINE',
    });
    expect(summary(moduleMoved.events)).toEqual([['learning.program-module-changed', 'updated', ['month'], 2]]);

    const chapter = await mutate('createHandbookChapter', 'CreateHandbookChapterInput', 'chapter', {
      number: 90,
      title: 'Anhang',
      summary: 'Vorlagen und Checklisten für die Region.',
      firstPage: 900,
      lastPage: 910,
    });
    expect(summary(chapter.events)[0]?.slice(0, 2)).toEqual(['learning.handbook-chapter-changed', 'created']);
    const chapterSame = await mutate('updateHandbookChapter', 'UpdateHandbookChapterInput', 'chapter', {
      chapterId: chapter.entity.id,
      lastPage: 910,
    });
    expect(chapterSame.events).toEqual([]);

    const experts = [{ name: 'Dr. Erika Beispiel' }];
    const meeting = await mutate('createExchangeMeeting', 'CreateExchangeMeetingInput', 'meeting', {
      programId,
      topic: 'Fördermittel',
      description: 'Austausch mit Expertinnen über Förderprogramme.',
      startsAt: '2031-03-01T17:00:00Z',
      durationMinutes: 60,
      experts,
      joinUrl: 'https://meet.example.org/foerdermittel',
    });
    expect(summary(meeting.events)[0]?.slice(0, 2)).toEqual(['learning.exchange-meeting-changed', 'created']);
    const sameExperts = await mutate('updateExchangeMeeting', 'UpdateExchangeMeetingInput', 'meeting', {
      meetingId: meeting.entity.id,
      experts,
    });
    expect(sameExperts.events).toEqual([]);
    const newExperts = await mutate('updateExchangeMeeting', 'UpdateExchangeMeetingInput', 'meeting', {
      meetingId: meeting.entity.id,
      experts: [...experts, { name: 'Max Muster' }],
      durationMinutes: 90,
    });
    expect(summary(newExperts.events)).toEqual([
      ['learning.exchange-meeting-changed', 'updated', ['durationMinutes', 'experts'], 2],
    ]);
    expect(JSON.stringify(newExperts.events)).not.toContain('Muster');

    const item = await mutate('createToolkitItem', 'CreateToolkitItemInput', 'toolkitItem', {
      kind: 'CHECKLIST',
      title: 'Checkliste Konferenz',
      description: 'Was vor einer Mitmach-Konferenz zu erledigen ist.',
      url: 'https://example.org/checkliste.pdf',
    });
    const itemChanged = await mutate('updateToolkitItem', 'UpdateToolkitItemInput', 'toolkitItem', {
      toolkitItemId: item.entity.id,
      url: 'https://example.org/checkliste-2.pdf',
      kind: 'CHECKLIST',
    });
    expect(summary(itemChanged.events)).toEqual([['learning.toolkit-item-changed', 'updated', ['url'], 2]]);
  });
});
