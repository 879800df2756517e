import type { ConferenceStatus } from '../../db/schema';

// A conference moves forward only; it can be called off until it has taken place, and a held or cancelled one stays so.
const transitions: Record<ConferenceStatus, readonly ConferenceStatus[]> = {
  draft: ['open_for_registration', 'cancelled'],
  open_for_registration: ['registration_closed', 'cancelled'],
  registration_closed: ['held', 'cancelled'],
  held: ['documented'],
  documented: [],
  cancelled: [],
};

export function allowedNextStatuses(status: ConferenceStatus): readonly ConferenceStatus[] {
  return transitions[status];
}

export function canTransition(from: ConferenceStatus, to: ConferenceStatus): boolean {
  return transitions[from].includes(to);
}

/** Statuses a conference is announced in as upcoming: published and not called off. */
export const announcedStatuses: readonly ConferenceStatus[] = [
  'open_for_registration',
  'registration_closed',
  'held',
  'documented',
];

/** Statuses in which the conference has taken place. */
export const heldStatuses: readonly ConferenceStatus[] = ['held', 'documented'];
