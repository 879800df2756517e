export { actionChanged, actionPublished, adoptionChanged, adoptionChangedV2 } from './action-pool';
export {
  conferenceChanged,
  conferenceChangedV2,
  conferenceHeld,
  outcomeChanged,
  outcomeRecorded,
  registrationChanged,
  registrationNotice,
} from './conferences';
export {
  actionPoolPersonErasureApplied,
  conferencesPersonErasureApplied,
  learningPersonErasureApplied,
  partnersPersonErasureApplied,
  personErasureAppliedBy,
  regionsPersonErasureApplied,
} from './erasure';
export {
  cohortChanged,
  courseChanged,
  enrollmentChanged,
  exchangeMeetingChanged,
  handbookChapterChanged,
  lessonChanged,
  programChanged,
  programModuleChanged,
  toolkitItemChanged,
} from './learning';
export {
  guestRegistrationRequested,
  guestRegistrationSettled,
  organizationChanged,
  personChanged,
  personErased,
  regionApplicationConfirmed,
  registrationCancellationRequested,
  teamMembershipChanged,
} from './people';
export {
  applicationNotice,
  applicationRoundChanged,
  fundingEntryRecorded,
  peerGroupChanged,
  regionChanged,
  regionCreated,
  regionStatusChanged,
} from './regions';
