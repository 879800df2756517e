import { type Caller, isPerson, isStaff } from '@mitmach/auth';
import { forbidden } from '../errors';

/**
 * Resolves a service's part of a person's export. The people service checks the caller before the gateway asks the
 * others, but each checks again, since it answers any signed caller the gateway forwards.
 */
export function resolvePersonalDataReference(reference: { personId: string }, caller: Caller): { personId: string } {
  if (!isStaff(caller) && !isPerson(caller, reference.personId)) {
    throw forbidden("Only the person themself and staff may export a person's data.");
  }
  return { personId: reference.personId };
}
