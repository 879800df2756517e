export { type DemoConference, type DemoConferenceDay, demoConferences, successWorkshopKey } from './conferences';
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
export { type DemoLocality, type DemoVenue, demoLocalities, localityOf, venueOf } from './localities';
export {
  type DemoOrganization,
  demoOrganizations,
  initiativeKey,
  networkOrganizations,
  type OrganizationKind,
} from './organizations';
export {
  type AdoptionStatus,
  type DemoAdoption,
  type DemoOutcome,
  demoOutcomes,
  firstConferenceKey,
  type OutcomeKind,
} from './outcomes';
export {
  type DemoPerson,
  demoPeople,
  participantKey,
  participantsPerRegion,
  type Sector,
  staffPeople,
  type TeamRole,
  teamPersonKey,
} from './people';
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
