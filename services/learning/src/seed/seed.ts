import { type Db, seedId } from '@mitmach/db';
import { cohortId, courseId, demoCohorts, demoPeople, personId, programId, regionId } from '@mitmach/demo-network';
import { count } from 'drizzle-orm';
import {
  cohortRegions,
  cohorts,
  courses,
  enrollments,
  exchangeMeetingExperts,
  exchangeMeetings,
  handbookChapters,
  lessonCompletions,
  lessons,
  programCourses,
  programModules,
  programs,
  toolkitItems,
} from '../db/schema';
import { enrollmentsChanged } from '../events/enrollment-events';
import { enrollmentsByIds } from '../modules/enrollments/enrollments.repository';
import { refreshProgress } from '../modules/enrollments/progress.repository';
import { seedCourses } from './courses';
import { addDays, type SeedEnrollment, seedEnrollmentPlan } from './enrollments';
import { seedExchangeMeetings } from './exchange-meetings';
import { seedHandbookChapters } from './handbook';
import { seedPrograms } from './programs';
import { seedToolkitItems } from './toolkit';

export const lessonSeedId = (courseKey: string, position: number) => seedId('lesson', `${courseKey}:${position}`);
export const moduleSeedId = (programKey: string, number: number) => seedId('program-module', `${programKey}:${number}`);
export const chapterSeedId = (number: number) => seedId('handbook-chapter', String(number));
export const meetingSeedId = (key: string) => seedId('exchange-meeting', key);
export const toolkitItemSeedId = (key: string) => seedId('toolkit-item', key);
export const enrollmentSeedId = (key: string) => seedId('enrollment', key);

/** The lessons an enrolment covers, in the order a learner works through them. */
function coveredLessons(target: SeedEnrollment['target']): string[] {
  const lessonsOf = (courseKey: string) =>
    seedCourses
      .find((course) => course.key === courseKey)
      ?.lessons.map((_lesson, index) => lessonSeedId(courseKey, index + 1)) ?? [];
  if (target.kind === 'course') return lessonsOf(target.key);
  const programKey =
    target.kind === 'program' ? target.key : demoCohorts.find((cohort) => cohort.key === target.key)?.programKey;
  return seedPrograms.find((program) => program.key === programKey)?.courseKeys.flatMap(lessonsOf) ?? [];
}

function enrollmentTarget(target: SeedEnrollment['target']) {
  return {
    courseId: target.kind === 'course' ? courseId(target.key) : null,
    programId: target.kind === 'program' ? programId(target.key) : null,
    cohortId: target.kind === 'cohort' ? cohortId(target.key) : null,
  };
}

/** Loads the learning offer of the demo network once: a database that already has programmes is left as it is. */
export async function seedDemoLearning(db: Db): Promise<{ seeded: boolean; programs: number; enrollments: number }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ value: count() }).from(programs);
    if ((existing?.value ?? 0) > 0) return { seeded: false, programs: existing?.value ?? 0, enrollments: 0 };

    await tx
      .insert(handbookChapters)
      .values(seedHandbookChapters.map((chapter) => ({ id: chapterSeedId(chapter.number), ...chapter })));
    await tx.insert(courses).values(
      seedCourses.map((course) => ({
        id: courseId(course.key),
        topic: course.topic,
        title: course.title,
        description: course.description,
      })),
    );
    await tx.insert(lessons).values(
      seedCourses.flatMap((course) =>
        course.lessons.map((lesson, index) => ({
          id: lessonSeedId(course.key, index + 1),
          courseId: courseId(course.key),
          position: index + 1,
          kind: lesson.kind,
          title: lesson.title,
          summary: lesson.summary,
          durationMinutes: lesson.durationMinutes,
          handbookChapterId: lesson.handbookChapter ? chapterSeedId(lesson.handbookChapter) : null,
        })),
      ),
    );
    await tx.insert(programs).values(
      seedPrograms.map((program) => ({
        id: programId(program.key),
        kind: program.kind,
        title: program.title,
        description: program.description,
        durationMonths: program.durationMonths,
      })),
    );
    await tx
      .insert(programCourses)
      .values(
        seedPrograms.flatMap((program) =>
          program.courseKeys.map((key) => ({ programId: programId(program.key), courseId: courseId(key) })),
        ),
      );
    await tx.insert(programModules).values(
      seedPrograms.flatMap((program) =>
        program.modules.map((module, index) => ({
          id: moduleSeedId(program.key, index + 1),
          programId: programId(program.key),
          number: index + 1,
          title: module.title,
          description: module.description,
          month: module.month,
          startsAt: new Date(module.startsAt),
          durationMinutes: module.durationMinutes,
          format: module.format,
        })),
      ),
    );
    await tx.insert(cohorts).values(
      demoCohorts.map((cohort) => ({
        id: cohortId(cohort.key),
        programId: programId(cohort.programKey),
        title: cohort.title,
        startsOn: cohort.startsOn,
        endsOn: cohort.endsOn,
        applicationDeadline: cohort.applicationDeadline,
      })),
    );
    await tx.insert(cohortRegions).values(
      demoCohorts.flatMap((cohort) =>
        cohort.regions.map((region) => ({
          cohortId: cohortId(cohort.key),
          regionId: regionId(region.slug),
          addedAt: new Date(`${region.addedOn}T12:00:00Z`),
        })),
      ),
    );
    await tx.insert(exchangeMeetings).values(
      seedExchangeMeetings.map((meeting) => ({
        id: meetingSeedId(meeting.key),
        programId: meeting.programKey ? programId(meeting.programKey) : null,
        cohortId: meeting.cohortKey ? cohortId(meeting.cohortKey) : null,
        topic: meeting.topic,
        description: meeting.description,
        startsAt: new Date(meeting.startsAt),
        durationMinutes: meeting.durationMinutes,
        joinUrl: `https://meet.mitmach-region.org/austausch/${meeting.key}`,
      })),
    );
    await tx.insert(exchangeMeetingExperts).values(
      seedExchangeMeetings.flatMap((meeting) =>
        meeting.experts.map((expert, index) => ({
          meetingId: meetingSeedId(meeting.key),
          position: index + 1,
          ...expert,
        })),
      ),
    );
    await tx
      .insert(toolkitItems)
      .values(seedToolkitItems.map(({ key, ...item }) => ({ id: toolkitItemSeedId(key), ...item })));

    const plan = seedEnrollmentPlan();
    // Everyone learns for their own region, so that the statistics count learning in its country.
    const regionSlugOf = new Map(demoPeople().map((person) => [person.key, person.regionSlug]));
    await tx.insert(enrollments).values(
      plan.map((enrollment) => {
        const regionSlug = regionSlugOf.get(enrollment.personKey);
        return {
          id: enrollmentSeedId(enrollment.key),
          personId: personId(enrollment.personKey),
          regionId: regionSlug ? regionId(regionSlug) : null,
          ...enrollmentTarget(enrollment.target),
          enrolledAt: new Date(`${enrollment.enrolledOn}T09:00:00Z`),
          withdrawnAt: enrollment.withdrawnOn ? new Date(`${enrollment.withdrawnOn}T09:00:00Z`) : null,
        };
      }),
    );
    const completions = plan.flatMap((enrollment) =>
      coveredLessons(enrollment.target)
        .slice(0, enrollment.lessonsDone)
        .map((lessonId, index) => ({
          enrollmentId: enrollmentSeedId(enrollment.key),
          lessonId,
          completedAt: new Date(`${addDays(enrollment.enrolledOn, (index + 1) * enrollment.pace)}T19:00:00Z`),
        })),
    );
    if (completions.length > 0) await tx.insert(lessonCompletions).values(completions);
    const enrollmentIds = plan.map((enrollment) => enrollmentSeedId(enrollment.key));
    await refreshProgress(tx, enrollmentIds);
    // One event per seeded enrolment with its current state, so that read models built from events see the same
    // learners; it is dated when that state was reached (enrolled, last lesson completed, or withdrawn).
    const lastCompletionOf = new Map<string, number>();
    for (const completion of completions) {
      const time = completion.completedAt.getTime();
      lastCompletionOf.set(completion.enrollmentId, Math.max(time, lastCompletionOf.get(completion.enrollmentId) ?? 0));
    }
    const seeded = await enrollmentsByIds(tx, enrollmentIds);
    seeded.sort((a, b) => a.enrolledAt.getTime() - b.enrolledAt.getTime() || a.id.localeCompare(b.id));
    await enrollmentsChanged(
      tx,
      seeded.map((enrollment) => ({
        enrollment,
        changedAt: new Date(
          Math.max(
            enrollment.enrolledAt.getTime(),
            lastCompletionOf.get(enrollment.id) ?? 0,
            enrollment.completedAt?.getTime() ?? 0,
            enrollment.withdrawnAt?.getTime() ?? 0,
          ),
        ),
      })),
    );
    return { seeded: true, programs: seedPrograms.length, enrollments: plan.length };
  });
}
