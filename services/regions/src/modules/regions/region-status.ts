import type { RegionRow } from '../../db/schema';

export type RegionStatus = RegionRow['status'];

// A region moves forward through the programme; pausing is possible from any supported phase and resuming returns
// to one of them; ending is final.
const transitions: Record<RegionStatus, readonly RegionStatus[]> = {
  applied: ['accepted', 'ended'],
  accepted: ['in_regional_lab', 'paused', 'ended'],
  in_regional_lab: ['active', 'paused', 'ended'],
  active: ['self_organised', 'paused', 'ended'],
  self_organised: ['active', 'paused', 'ended'],
  paused: ['in_regional_lab', 'active', 'self_organised', 'ended'],
  ended: [],
};

export function allowedNextStatuses(status: RegionStatus): readonly RegionStatus[] {
  return transitions[status];
}

export function canTransition(from: RegionStatus, to: RegionStatus): boolean {
  return transitions[from].includes(to);
}
