import { demoPeople, seedRegions } from '@mitmach/demo-network';
import { seedCourses } from './courses';
import {
  moderatorTrainingKey,
  onlineCompanionKey,
  regionalLab2024Key,
  regionalLab2025Key,
  seedCohorts,
} from './programs';

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
  new Set(seedCohorts.find((cohort) => cohort.key === cohortKey)?.regions.map((region) => region.slug));

/**
 * Who learns what in the demo network: the teams of both Regionallabor cohorts, moderators in the training, team
 * members in single courses and the contacts of new regions in the online companion programme, with varied progress.
 */
export function seedEnrollmentPlan(): SeedEnrollment[] {
  const lab2025 = regionsOf(regionalLab2025Key);
  const lab2024 = regionsOf(regionalLab2024Key);
  const statusOf = new Map(seedRegions.map((region) => [region.slug, region.status]));
  const plan: SeedEnrollment[] = [];
  const add = (
    personKey: string,
    target: SeedEnrollment['target'],
    rest: Omit<SeedEnrollment, 'key' | 'personKey' | 'target'>,
  ) => plan.push({ key: `${personKey}:${target.kind}:${target.key}`, personKey, target, ...rest });

  // Separate counters per kind of enrolment, so that each kind gets the whole range of courses and progress.
  const counters = { lab2025: 0, lab2024: 0, training: 0, course: 0, companion: 0 };
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
    if (lab2025.has(slug) && (role === 'moderator' || role === 'member-1')) {
      const k = next('lab2025');
      add(
        person.key,
        { kind: 'cohort', key: regionalLab2025Key },
        {
          enrolledOn: '2025-10-06',
          lessonsDone: [all, 7, 4, 9, 2, 6, all, 5, 3][k % 9] as number,
          pace: 21,
          withdrawnOn: null,
        },
      );
    }
    if (lab2024.has(slug) && role === 'moderator') {
      const k = next('lab2024');
      add(
        person.key,
        { kind: 'cohort', key: regionalLab2024Key },
        {
          enrolledOn: '2024-04-08',
          lessonsDone: k % 3 === 0 ? 8 : all,
          pace: 30,
          withdrawnOn: null,
        },
      );
    }
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
