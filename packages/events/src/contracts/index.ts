export { actionChanged, actionPublished, adoptionChanged, adoptionChangedV2 } from './action-pool';
export {
  conferenceChanged,
  conferenceHeld,
  outcomeChanged,
  outcomeRecorded,
  registrationChanged,
} from './conferences';
export {
  actionPoolPersonErasureApplied,
  conferencesPersonErasureApplied,
  learningPersonErasureApplied,
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
export { organizationChanged, personChanged, personErased, teamMembershipChanged } from './people';
export {
  applicationRoundChanged,
  fundingEntryRecorded,
  peerGroupChanged,
  regionChanged,
  regionCreated,
  regionStatusChanged,
} from './regions';
