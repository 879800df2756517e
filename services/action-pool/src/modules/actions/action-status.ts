import type { ActionStatus } from '../../db/schema';

// Content is reviewed before it goes public; a reviewer sends an action back to DRAFT for changes. Archiving ends
// an action's public life for good, so adoptions and history keep pointing at what was published.
const transitions: Record<ActionStatus, readonly ActionStatus[]> = {
  draft: ['in_review'],
  in_review: ['draft', 'published'],
  published: ['archived'],
  archived: [],
};

export function allowedNextStatuses(status: ActionStatus): readonly ActionStatus[] {
  return transitions[status];
}

export function canTransition(from: ActionStatus, to: ActionStatus): boolean {
  return transitions[from].includes(to);
}

/** Moves a regional team may make on its own actions; publishing and archiving are the initiative staff's call. */
export function isEditorialMove(to: ActionStatus): boolean {
  return to === 'draft' || to === 'in_review';
}

/** Statuses that need a complete action: something to review or to publish has at least one step. */
export function needsSteps(to: ActionStatus): boolean {
  return to === 'in_review' || to === 'published';
}
