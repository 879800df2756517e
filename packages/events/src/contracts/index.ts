export { actionChanged, actionPublished, adoptionChanged, adoptionChangedV2 } from './action-pool';
export {
  conferenceChanged,
  conferenceChangedV2,
  conferenceHeld,
  outcomeChanged,
  outcomeRecorded,
  registrationChanged,
} from './conferences';
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
