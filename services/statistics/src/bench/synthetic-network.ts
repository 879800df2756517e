import { seedId } from '@mitmach/db';
import type { ActionDimensionRow, ConferenceDimensionRow, RegionDimensionRow } from '../db/schema';
import {
  actionContribution,
  adoptionContribution,
  conferenceHeldContribution,
  enrollmentContribution,
  fundingContribution,
  outcomeContribution,
  regionJoinedContribution,
  regionStatusMove,
  registrationContribution,
} from '../read-model/contributions';
import { type CounterDelta, fieldSet, mergeDeltas } from '../read-model/counters';
import { type Random, seededRandom } from './random';

// A synthetic network of ten years (2016–2025). Its events are not replayed one by one: each entity's final
// contribution, computed by the very functions the consumer uses, is what the consumer would have left in the
// counters after all of that entity's events, and those contributions are summed in large batches.

const regionCount = 400;
const maxActions = 2_000;
const fields = ['agriculture-food', 'energy', 'building-housing', 'mobility', 'economy', 'social-cohesion'];
const start = Date.UTC(2016, 0, 1);
const end = Date.UTC(2025, 11, 31);

const id = (key: string) => seedId('statistics-bench', key);
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);
const monthsLater = (date: string, months: number) => {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCMonth(at.getUTCMonth() + months);
  return isoDate(Math.min(at.getTime(), end));
};

export interface SyntheticBatch {
  /** How many events of the stream this batch stands for. */
  events: number;
  deltas: CounterDelta[];
  actions: ActionDimensionRow[];
}

export interface LearningTarget {
  targetId: string;
  kind: 'course' | 'program' | 'cohort';
  title: string;
}

export const learningTargets: LearningTarget[] = [
  ...Array.from({ length: 40 }, (_, n) => ({
    targetId: id(`course:${n}`),
    kind: 'course' as const,
    title: `Kurs ${n}`,
  })),
  ...Array.from({ length: 6 }, (_, n) => ({
    targetId: id(`program:${n}`),
    kind: 'program' as const,
    title: `Programm ${n}`,
  })),
  ...Array.from({ length: 12 }, (_, n) => ({
    targetId: id(`cohort:${n}`),
    kind: 'cohort' as const,
    title: `Kohorte ${n}`,
  })),
];

/** How many things of each kind make up `total` events (registrations, adoptions, enrollments: two events each). */
export function eventPlan(total: number) {
  const regionEvents = regionCount * 4;
  const rest = total - regionEvents;
  const conferences = Math.max(1, Math.round(rest * 0.005));
  const registrations = Math.round(rest * 0.3);
  const outcomes = conferences * 4;
  const actions = Math.max(1, Math.min(maxActions, Math.round(rest * 0.01)));
  const adoptions = Math.round(rest * 0.06);
  const enrollments = Math.round(rest * 0.07);
  const funding = rest - conferences - 2 * registrations - outcomes - actions - 2 * adoptions - 2 * enrollments;
  return {
    regions: regionCount,
    regionEvents,
    conferences,
    registrations,
    outcomes,
    actions,
    adoptions,
    enrollments,
    funding,
  };
}

function regionsOf(random: Random) {
  const regions: RegionDimensionRow[] = [];
  const deltas: CounterDelta[] = [];
  for (let n = 0; n < regionCount; n += 1) {
    const joinedOn = isoDate(random.int(start, end));
    const region = {
      regionId: id(`region:${n}`),
      name: `Region ${n}`,
      country: random.weighted({ DE: 60, AT: 20, CH: 12, IT: 8 }),
      status: 'applied',
      statusSince: new Date(`${joinedOn}T12:00:00Z`),
      joinedOn,
      fields: fieldSet([random.pick(fields), random.pick(fields)]),
    };
    deltas.push(...regionJoinedContribution(region));
    // Three status changes each (an event each), as far as they fall before the end of 2025.
    let at = joinedOn;
    for (const [to, months] of [
      ['accepted', random.int(1, 3)],
      ['in_regional_lab', random.int(1, 4)],
      ['active', 15],
    ] as const) {
      at = monthsLater(at, months);
      deltas.push(...regionStatusMove(region, region.status, to, new Date(`${at}T12:00:00Z`)));
      region.status = to;
    }
    regions.push(region);
  }
  return { regions, deltas };
}

/** The synthetic stream of `total` events, in batches of about `batchEvents`. */
export function* syntheticNetwork(total: number, batchEvents = 25_000): Generator<SyntheticBatch> {
  const random = seededRandom(20_251_231);
  const plan = eventPlan(total);
  const { regions, deltas: regionDeltas } = regionsOf(random);
  yield { events: plan.regionEvents, deltas: mergeDeltas(regionDeltas), actions: [] };

  const conferences: ConferenceDimensionRow[] = Array.from({ length: plan.conferences }, (_, n) => {
    const region = random.pick(regions);
    return {
      conferenceId: id(`conference:${n}`),
      regionId: region.regionId,
      country: region.country,
      format: random.weighted({ mitmach_konferenz: 60, mitmach_werkstatt: 25, success_workshop: 15 }),
      heldOn: isoDate(random.int(start, end)),
    };
  });
  const actions: ActionDimensionRow[] = Array.from({ length: plan.actions }, (_, n) => {
    const origin = random.next() < 0.8 ? random.pick(regions) : null;
    const publishedAt = new Date(random.int(start, end));
    const action = {
      actionId: id(`action:${n}`),
      title: `Aktion ${n}`,
      originRegionId: origin?.regionId ?? null,
      country: origin?.country ?? null,
      fields: fieldSet([random.pick(fields)]),
      publishedAt,
      firstPublishedAt: publishedAt,
    };
    return { ...action, contribution: actionContribution(action) };
  });

  let pending: CounterDelta[] = [];
  let pendingEvents = 0;
  const add = (events: number, deltas: CounterDelta[]) => {
    pending.push(...deltas);
    pendingEvents += events;
  };
  const flush = (force = false): SyntheticBatch | null => {
    if (pendingEvents === 0 || (!force && pendingEvents < batchEvents)) return null;
    const batch = { events: pendingEvents, deltas: mergeDeltas(pending), actions: [] };
    pending = [];
    pendingEvents = 0;
    return batch;
  };

  for (const conference of conferences) add(1, conferenceHeldContribution(conference));
  yield { events: 0, deltas: [], actions };
  for (const action of actions) add(1, action.contribution);

  const work: [number, () => void][] = [
    [
      plan.registrations,
      () => {
        const conference = random.pick(conferences);
        const status = random.weighted({ confirmed: 85, waitlisted: 8, cancelled: 7 });
        const registration = {
          registrationId: '',
          conferenceId: conference.conferenceId,
          regionId: conference.regionId,
          country: conference.country,
          sector: random.weighted({
            civil_society: 40,
            politics: 15,
            administration: 15,
            business: 12,
            science: 6,
            education: 8,
            other: 4,
          }),
          status,
          attended: status === 'confirmed' ? random.next() < 0.85 : null,
          changedAt: new Date(`${conference.heldOn}T18:00:00Z`),
        };
        add(2, registrationContribution(registration, conference));
      },
    ],
    [
      plan.outcomes,
      () => {
        const conference = random.pick(conferences);
        add(
          1,
          outcomeContribution({
            ...conference,
            kind: random.weighted({ idea: 40, project: 25, action: 20, cooperation: 15 }),
            fields: fieldSet([random.pick(fields), random.pick(fields)]),
            recordedAt: `${conference.heldOn}T15:00:00Z`,
          }),
        );
      },
    ],
    [
      plan.adoptions,
      () => {
        // Skewed towards the first actions, so that some spread widely.
        const action = actions[Math.floor(actions.length * random.next() ** 2)] as ActionDimensionRow;
        const region = random.pick(regions);
        const startedOn = isoDate(random.int(start, end));
        const status = random.weighted({ planned: 20, in_progress: 35, implemented: 35, abandoned: 10 });
        const adoption = {
          adoptionId: '',
          actionId: action.actionId,
          regionId: region.regionId,
          status,
          startedOn,
          completedOn: status === 'implemented' ? monthsLater(startedOn, random.int(1, 12)) : null,
          changedAt: new Date(`${startedOn}T12:00:00Z`),
        };
        add(2, adoptionContribution(adoption, region, action));
      },
    ],
    [
      plan.enrollments,
      () => {
        const target = random.pick(learningTargets);
        const region = random.pick(regions);
        const enrolledOn = isoDate(random.int(start, end));
        const status = random.weighted({ enrolled: 40, completed: 45, withdrawn: 15 });
        const completedAt =
          status === 'completed' ? new Date(`${monthsLater(enrolledOn, random.int(1, 6))}T12:00:00Z`) : null;
        add(
          2,
          enrollmentContribution(
            {
              enrollmentId: '',
              targetId: target.targetId,
              targetKind: target.kind,
              regionId: region.regionId,
              status,
              enrolledAt: new Date(`${enrolledOn}T12:00:00Z`),
              completedAt,
              changedAt: completedAt ?? new Date(`${enrolledOn}T12:00:00Z`),
            },
            region,
          ),
        );
      },
    ],
    [
      plan.funding,
      () => {
        const region = random.pick(regions);
        const kind = random.weighted({ deposit: 45, matching: 35, grant: 20 });
        add(
          1,
          fundingContribution({
            regionId: region.regionId,
            country: region.country,
            kind,
            amountCents: kind === 'deposit' ? 50_000 : kind === 'matching' ? 100_000 : random.int(5_000, 150_000),
            bookedOn: isoDate(random.int(start, end)),
          }),
        );
      },
    ],
  ];
  for (const [count, generate] of work) {
    for (let n = 0; n < count; n += 1) {
      generate();
      const batch = flush();
      if (batch) yield batch;
    }
  }
  const last = flush(true);
  if (last) yield last;
}
