import type { AdoptionStatus } from '../../db/schema';

// Implemented and abandoned adoptions are history; a region that wants to try again starts a new adoption.
const transitions: Record<AdoptionStatus, readonly AdoptionStatus[]> = {
  planned: ['in_progress', 'abandoned'],
  in_progress: ['implemented', 'abandoned'],
  implemented: [],
  abandoned: [],
};

export function allowedNextStatuses(status: AdoptionStatus): readonly AdoptionStatus[] {
  return transitions[status];
}

export function canTransition(from: AdoptionStatus, to: AdoptionStatus): boolean {
  return transitions[from].includes(to);
}

/** Open adoptions are the ones still under way; a region has at most one per action. */
export const openStatuses: readonly AdoptionStatus[] = ['planned', 'in_progress'];

/** What a new adoption may start as. */
export const startingStatuses: readonly AdoptionStatus[] = openStatuses;
