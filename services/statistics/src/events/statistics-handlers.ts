import { contracts, on } from '@mitmach/events';
import { onActionPublished } from './action-published.handler';
import { onAdoptionChanged } from './adoption-changed.handler';
import { onConferenceHeld } from './conference-held.handler';
import { onEnrollmentChanged } from './enrollment-changed.handler';
import { onFundingEntryRecorded } from './funding-entry-recorded.handler';
import { onOutcomeRecorded } from './outcome-recorded.handler';
import { onRegionCreated, onRegionStatusChanged } from './region-events.handler';
import { onRegistrationChanged } from './registration-changed.handler';

/** The read model's only source: every event the statistics need, applied once each. */
export const statisticsHandlers = [
  on(contracts.regionCreated, onRegionCreated),
  on(contracts.regionStatusChanged, onRegionStatusChanged),
  on(contracts.fundingEntryRecorded, onFundingEntryRecorded),
  on(contracts.conferenceHeld, onConferenceHeld),
  on(contracts.outcomeRecorded, onOutcomeRecorded),
  on(contracts.registrationChanged, onRegistrationChanged),
  on(contracts.actionPublished, onActionPublished),
  on(contracts.adoptionChanged, onAdoptionChanged),
  on(contracts.enrollmentChanged, onEnrollmentChanged),
];
