import {
  type DemoCohortEnrollment,
  demoCohortEnrollments,
  demoCohorts,
  demoPeople,
  demoToday,
  regionalLab2024Key,
  seedRegions,
} from '@mitmach/demo-network';
import { seedCourses } from './courses';
import { moderatorTrainingKey, onlineCompanionKey, seedPrograms } from './programs';

export interface SeedEnrollment {
  key: string;
  personKey: string;
  target: { kind: 'course' | 'program' | 'cohort'; key: string };
  enrolledOn: string;
  /** How many of the covered lessons, in order, the person completed; more than there are means all. */
  lessonsDone: number;
  /** Days between two completed lessons. */
  pace: number;
  withdrawnOn: string | null;
}

const all = Number.MAX_SAFE_INTEGER;

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const regionsOf = (cohortKey: string) =>
  new Set(demoCohorts.find((cohort) => cohort.key === cohortKey)?.regions.map((region) => region.slug));

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** A cohort learner's progress as lessons of the programme, completed evenly while the person took part. */
function cohortEnrollment(enrollment: DemoCohortEnrollment): SeedEnrollment {
  const cohort = demoCohorts.find((candidate) => candidate.key === enrollment.cohortKey);
  const program = seedPrograms.find((candidate) => candidate.key === cohort?.programKey);
  if (!cohort || !program) throw new Error(`no demo cohort ${enrollment.cohortKey}`);
  const lessons = seedCourses
    .filter((course) => program.courseKeys.includes(course.key))
    .reduce((sum, course) => sum + course.lessons.length, 0);
  const lessonsDone = Math.round(enrollment.progress * lessons);
  const until = enrollment.withdrawnOn ?? [cohort.endsOn, demoToday].sort()[0] ?? demoToday;
  return {
    key: `${enrollment.personKey}:cohort:${cohort.key}`,
    personKey: enrollment.personKey,
    target: { kind: 'cohort', key: cohort.key },
    enrolledOn: enrollment.enrolledOn,
    lessonsDone: enrollment.progress === 1 ? all : lessonsDone,
    pace: Math.max(1, Math.floor(daysBetween(enrollment.enrolledOn, until) / (lessonsDone + 1))),
    withdrawnOn: enrollment.withdrawnOn,
  };
}

/**
 * Who learns what in the demo network: the teams of the Regionallabor cohorts as the demo network tells, moderators
 * in the training, team members in single courses and the contacts of new regions in the online companion
 * programme, with varied progress.
 */
export function seedEnrollmentPlan(): SeedEnrollment[] {
  const lab2024 = regionsOf(regionalLab2024Key);
  const statusOf = new Map(seedRegions.map((region) => [region.slug, region.status]));
  const plan: SeedEnrollment[] = demoCohortEnrollments().map(cohortEnrollment);
  const add = (
    personKey: string,
    target: SeedEnrollment['target'],
    rest: Omit<SeedEnrollment, 'key' | 'personKey' | 'target'>,
  ) => plan.push({ key: `${personKey}:${target.kind}:${target.key}`, personKey, target, ...rest });

  // Separate counters per kind of enrolment, so that each kind gets the whole range of courses and progress.
  const counters = { training: 0, course: 0, companion: 0 };
  const next = (kind: keyof typeof counters) => {
    counters[kind] += 1;
    return counters[kind];
  };
  for (const person of demoPeople()) {
    if (!person.teamRole || !person.regionSlug) continue;
    const slug = person.regionSlug;
    const status = statusOf.get(slug);
    const role = person.key.slice(slug.length + 1);
    const established = status === 'active' || status === 'self_organised';
    if (role === 'moderator' && established && !lab2024.has(slug) && next('training') % 3 === 0) {
      add(
        person.key,
        { kind: 'program', key: moderatorTrainingKey },
        {
          enrolledOn: '2026-09-01',
          lessonsDone: [all, 4, 7, 1, 9, 0][(counters.training / 3) % 6] as number,
          pace: 6,
          withdrawnOn: null,
        },
      );
    }
    if ((role === 'member-1' || role === 'member-2') && (established || status === 'paused')) {
      const k = next('course');
      if (k % 2 === 1) continue;
      const course = seedCourses[(k / 2) % seedCourses.length] as (typeof seedCourses)[number];
      add(
        person.key,
        { kind: 'course', key: course.key },
        {
          enrolledOn: addDays('2026-02-01', k % 90),
          lessonsDone: [all, 2, 0, all, 3, 1, 4][(k / 2) % 7] as number,
          pace: 10,
          withdrawnOn: status === 'paused' ? '2026-06-30' : null,
        },
      );
    }
    if (role === 'contact' && (status === 'applied' || status === 'accepted' || status === 'in_regional_lab')) {
      const k = next('companion');
      add(
        person.key,
        { kind: 'program', key: onlineCompanionKey },
        {
          enrolledOn: addDays('2026-03-01', (k * 11) % 150),
          lessonsDone: [0, 3, 6, 1, 11][k % 5] as number,
          pace: 9,
          withdrawnOn: null,
        },
      );
    }
  }
  return plan;
}
