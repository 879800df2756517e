import { type Caller, hasRole, isStaff } from '@mitmach/auth';
import { forbidden } from '@mitmach/server-kit';

export function requireStaff(caller: Caller, action: string): void {
  if (!isStaff(caller)) throw forbidden(`Only staff may ${action}.`);
}

/**
 * Whether the caller is a person who learns here. Partner keys and reporting dashboards may carry no person or see
 * aggregates only, so their own roles never reach personal learning data.
 */
export function isLearner(caller: Caller): caller is Caller & { personId: string } {
  return caller.personId !== null && hasRole(caller, 'member', 'regional_team', 'staff');
}

/** Enrolments and progress are personal: the person themself and staff see them, nobody else. */
export function canSeeEnrollmentOf(caller: Caller, personId: string): boolean {
  return isStaff(caller) || (isLearner(caller) && caller.personId === personId);
}
