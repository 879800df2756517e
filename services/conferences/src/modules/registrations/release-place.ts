import type { Db } from '@mitmach/db';
import type { ConferenceRow, RegistrationRow } from '../../db/schema';
import { cancelRegistrationRow, confirmedCount, promoteWaitlisted } from './registrations.repository';

/**
 * Cancels a registration of a locked conference; a place it frees goes to the first people on the waitlist in the
 * same transaction.
 */
export async function releasePlace(
  tx: Db,
  conference: ConferenceRow,
  registration: RegistrationRow,
  at: Date,
): Promise<{ cancelled: RegistrationRow; promoted: RegistrationRow[] }> {
  const cancelled = await cancelRegistrationRow(tx, registration.id, at);
  const free = conference.capacity - (await confirmedCount(tx, conference.id));
  const promoted = registration.status === 'confirmed' ? await promoteWaitlisted(tx, conference.id, free, at) : [];
  return { cancelled, promoted };
}
