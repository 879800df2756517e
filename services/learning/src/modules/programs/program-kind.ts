import type { ProgramRow } from '../../db/schema';

export type ProgramKind = ProgramRow['kind'];

// The regional moderator training is designed as six modules; more would not fit its schedule.
const moduleLimits: Record<ProgramKind, number | null> = {
  online_companion: null,
  regional_lab: null,
  moderator_training: 6,
};

export function moduleLimitOf(kind: ProgramKind): number | null {
  return moduleLimits[kind];
}

/** The online companion programme is self-paced: it has no length in months and no cohorts. */
export function isSelfPaced(kind: ProgramKind): boolean {
  return kind === 'online_companion';
}
