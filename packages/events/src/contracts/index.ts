export { actionPublished, adoptionChanged } from './action-pool';
export { conferenceHeld, outcomeRecorded, registrationChanged } from './conferences';
export { enrollmentChanged } from './learning';
export { personErased } from './people';
export { fundingEntryRecorded, regionCreated, regionStatusChanged } from './regions';
