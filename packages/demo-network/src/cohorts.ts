import { addDays, demoToday } from './calendar';
import { type TeamSuffix, teamPersonKey } from './keys';
import { randomFor } from './random';
import { seedApplicationRounds, seedRegions } from './regions';

/** A cohort of the Regionallabor: the regions that went through it together. */
export interface DemoCohort {
  /** Seed key; the id is cohortId(key). */
  key: string;
  /** The programme it belongs to; the id is programId(programKey). */
  programKey: string;
  title: string;
  startsOn: string;
  endsOn: string;
  applicationDeadline: string;
  regions: { slug: string; addedOn: string }[];
}

/** How far a member of a region's team got in a cohort. */
export interface DemoCohortEnrollment {
  personKey: string;
  cohortKey: string;
  enrolledOn: string;
  /** The share of the programme's lessons completed, from 0 to 1. */
  progress: number;
  /** When the person dropped out; null for those who stayed. */
  withdrawnOn: string | null;
}

export const regionalLabKey = 'regionallabor';
export const regionalLab2024Key = 'regionallabor-2024';
export const regionalLab2025Key = 'regionallabor-2025';

const round2025 = seedApplicationRounds.find((round) => round.slug === 'bewerbungsrunde-2025');
const acceptedIn2025 = (round2025?.applications ?? [])
  .filter((application) => application.decision === 'accepted')
  .map((application) => ({ slug: application.regionSlug, addedOn: application.decidedOn ?? '2025-07-15' }));
const inRegionalLab = seedRegions
  .filter((region) => region.status === 'in_regional_lab')
  .map((region) => ({ slug: region.slug, addedOn: region.joinedOn }));

export const demoCohorts: DemoCohort[] = [
  {
    key: regionalLab2024Key,
    programKey: regionalLabKey,
    title: 'Regionallabor 2024',
    startsOn: '2024-04-08',
    endsOn: '2025-06-30',
    applicationDeadline: '2024-01-31',
    // The regions accepted for 2024 that have since become active.
    regions: seedRegions
      .filter(
        (region) => region.status === 'active' && region.joinedOn >= '2023-09-01' && region.joinedOn <= '2024-03-01',
      )
      .map((region) => ({ slug: region.slug, addedOn: region.joinedOn })),
  },
  {
    key: regionalLab2025Key,
    programKey: regionalLabKey,
    title: 'Regionallabor 2025',
    startsOn: round2025?.cohortStartsOn ?? '2025-10-06',
    endsOn: '2026-12-31',
    applicationDeadline: round2025?.deadline ?? '2025-04-30',
    regions: [...new Map([...inRegionalLab, ...acceptedIn2025].map((entry) => [entry.slug, entry])).values()],
  },
];

// Three of each region's team take part; the contact person keeps the region's other business going.
const learners: TeamSuffix[] = ['moderator', 'member-1', 'member-2'];

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const roundShare = (share: number) => Math.round(Math.min(1, Math.max(0, share)) * 100) / 100;

// About one in five drops out of a cohort: a job, a move, a family; moderators, who carry the region, rarely.
const dropOutShare = 0.2;

/**
 * How a learner fared in a cohort: who dropped out had done about as much as the time they stayed allowed; of a
 * finished cohort most completed it and some stalled before the end; in a running one each is somewhere behind, on or
 * ahead of the schedule.
 */
function journeyOf(cohort: DemoCohort, personKey: string, dropsOut: boolean): DemoCohortEnrollment {
  const random = randomFor(`cohort:${cohort.key}:${personKey}`);
  // ISO dates sort as text: the cohort's end, or today while it runs.
  const until = [cohort.endsOn, demoToday].sort()[0] as string;
  const span = daysBetween(cohort.startsOn, until);
  const elapsed = span / daysBetween(cohort.startsOn, cohort.endsOn);
  const base = { personKey, cohortKey: cohort.key, enrolledOn: cohort.startsOn };
  if (dropsOut) {
    const stayed = random.int(30, Math.floor(span * 0.7));
    return {
      ...base,
      progress: roundShare((stayed / daysBetween(cohort.startsOn, cohort.endsOn)) * (0.4 + random.next() * 0.6)),
      withdrawnOn: addDays(cohort.startsOn, stayed),
    };
  }
  if (cohort.endsOn < demoToday) {
    return { ...base, progress: random.chance(0.75) ? 1 : roundShare(0.55 + random.next() * 0.4), withdrawnOn: null };
  }
  return { ...base, progress: roundShare(elapsed * (0.55 + random.next() * 0.65)), withdrawnOn: null };
}

/** Who of the regions' teams took part in each cohort, and how far they got. */
export function demoCohortEnrollments(): DemoCohortEnrollment[] {
  return demoCohorts.flatMap((cohort) => {
    const people = cohort.regions.flatMap(({ slug }) =>
      learners.map((suffix) => ({ suffix, key: teamPersonKey(slug, suffix) })),
    );
    const random = randomFor(`drop-outs:${cohort.key}`);
    const dropping = new Set(
      people
        .map((person) => ({ ...person, draw: random.next() + (person.suffix === 'moderator' ? 0.8 : 0) }))
        .sort((a, b) => a.draw - b.draw)
        .slice(0, Math.round(people.length * dropOutShare))
        .map((person) => person.key),
    );
    return people.map((person) => journeyOf(cohort, person.key, dropping.has(person.key)));
  });
}
