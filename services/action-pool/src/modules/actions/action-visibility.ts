import { type Caller, hasRole, isStaff } from '@mitmach/auth';
import type { ActionRow } from '../../db/schema';

/**
 * Which actions a caller may see: published ones for everybody; staff see all; a regional team also sees the actions
 * that come from its own regions, whatever their status.
 */
export interface ActionVisibility {
  everything: boolean;
  regionIds: readonly string[];
}

export function actionVisibility(caller: Caller): ActionVisibility {
  return { everything: isStaff(caller), regionIds: hasRole(caller, 'regional_team') ? caller.regionIds : [] };
}

export function canSeeAction(
  visibility: ActionVisibility,
  action: Pick<ActionRow, 'status' | 'originRegionId'>,
): boolean {
  return visibility.everything || action.status === 'published' || visibility.regionIds.includes(action.originRegionId);
}
