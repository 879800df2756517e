import { type ChangeEventContract, isChangeEvent } from './change/change-event';
import type { EventContract } from './contract';
import { actionPublished, adoptionChanged } from './contracts/action-pool';
import { conferenceHeld, outcomeRecorded, registrationChanged } from './contracts/conferences';
import { enrollmentChanged } from './contracts/learning';
import { personErased } from './contracts/people';
import { fundingEntryRecorded, regionCreated, regionStatusChanged } from './contracts/regions';

/** Every event of the platform. */
export const eventCatalogue: readonly EventContract[] = [
  regionCreated,
  regionStatusChanged,
  fundingEntryRecorded,
  conferenceHeld,
  outcomeRecorded,
  registrationChanged,
  actionPublished,
  adoptionChanged,
  enrollmentChanged,
  personErased,
];

/** Every `<service>.<entity>-changed` event: what a change log takes in. */
export const changeEventCatalogue: readonly ChangeEventContract[] = eventCatalogue.filter(isChangeEvent);

export function findContract(name: string, version: number): EventContract | undefined {
  return eventCatalogue.find((contract) => contract.name === name && contract.version === version);
}
