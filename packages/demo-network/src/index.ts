export {
  type ActionStatus,
  type AdoptionStatus,
  type DemoAction,
  type DemoAdoption,
  demoActions,
} from './actions';
export { demoToday } from './calendar';
export {
  type DemoCohort,
  type DemoCohortEnrollment,
  demoCohortEnrollments,
  demoCohorts,
  regionalLab2024Key,
  regionalLab2025Key,
  regionalLabKey,
} from './cohorts';
export {
  type AttendanceMode,
  type ConferenceFormat,
  type ConferenceStatus,
  type DemoConference,
  type DemoConferenceDay,
  demoConferences,
} from './conferences';
export {
  actionId,
  cohortId,
  conferenceId,
  courseId,
  organizationId,
  outcomeId,
  personId,
  programId,
  regionId,
} from './ids';
export {
  firstConferenceKey,
  participantKey,
  successWorkshopKey,
  type TeamSuffix,
  teamPersonKey,
} from './keys';
export { type DemoVenue, venueOf } from './localities';
export {
  type DemoOrganization,
  demoOrganizations,
  initiativeKey,
  networkOrganizations,
  type OrganizationKind,
} from './organizations';
export { type DemoOutcome, demoOutcomes, type OutcomeKind } from './outcomes';
export { type DemoPerson, demoPeople, staffPeople, type TeamRole } from './people';
export {
  type SeedApplication,
  type SeedApplicationRound,
  type SeedFundingEntry,
  type SeedPeerGroup,
  type SeedRegion,
  seedApplicationRounds,
  seedFundingEntries,
  seedPeerGroups,
  seedRegions,
} from './regions';
export { type DemoRegistration, demoRegistrations, type RegistrationStatus } from './registrations';
export type { Sector } from './sectors';
