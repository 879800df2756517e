import { type ChangeEventContract, isChangeEvent } from './change/change-event';
import type { EventContract } from './contract';
import { actionChanged, actionPublished, adoptionChanged, adoptionChangedV2 } from './contracts/action-pool';
import {
  conferenceChanged,
  conferenceChangedV2,
  conferenceHeld,
  outcomeChanged,
  outcomeRecorded,
  registrationChanged,
  registrationNotice,
} from './contracts/conferences';
import {
  actionPoolPersonErasureApplied,
  conferencesPersonErasureApplied,
  learningPersonErasureApplied,
  partnersPersonErasureApplied,
  regionsPersonErasureApplied,
} from './contracts/erasure';
import {
  cohortChanged,
  courseChanged,
  enrollmentChanged,
  exchangeMeetingChanged,
  handbookChapterChanged,
  lessonChanged,
  programChanged,
  programModuleChanged,
  toolkitItemChanged,
} from './contracts/learning';
import {
  guestRegistrationRequested,
  guestRegistrationSettled,
  organizationChanged,
  personChanged,
  personErased,
  regionApplicationConfirmed,
  registrationCancellationRequested,
  teamMembershipChanged,
} from './contracts/people';
import {
  applicationNotice,
  applicationRoundChanged,
  fundingEntryRecorded,
  peerGroupChanged,
  regionChanged,
  regionCreated,
  regionStatusChanged,
} from './contracts/regions';

/** Every event of the platform. */
export const eventCatalogue: readonly EventContract[] = [
  regionCreated,
  regionStatusChanged,
  fundingEntryRecorded,
  regionChanged,
  peerGroupChanged,
  applicationRoundChanged,
  applicationNotice,
  conferenceHeld,
  outcomeRecorded,
  registrationChanged,
  registrationNotice,
  conferenceChanged,
  conferenceChangedV2,
  outcomeChanged,
  actionPublished,
  adoptionChanged,
  actionChanged,
  adoptionChangedV2,
  enrollmentChanged,
  programChanged,
  cohortChanged,
  programModuleChanged,
  courseChanged,
  lessonChanged,
  handbookChapterChanged,
  exchangeMeetingChanged,
  toolkitItemChanged,
  personErased,
  guestRegistrationRequested,
  guestRegistrationSettled,
  registrationCancellationRequested,
  regionApplicationConfirmed,
  organizationChanged,
  personChanged,
  teamMembershipChanged,
  regionsPersonErasureApplied,
  conferencesPersonErasureApplied,
  learningPersonErasureApplied,
  actionPoolPersonErasureApplied,
  partnersPersonErasureApplied,
];

/** Every `<service>.<entity>-changed` event: what a change log takes in. */
export const changeEventCatalogue: readonly ChangeEventContract[] = eventCatalogue.filter(isChangeEvent);

export function findContract(name: string, version: number): EventContract | undefined {
  return eventCatalogue.find((contract) => contract.name === name && contract.version === version);
}
