import { contracts, type EventContract, type EventHandler, on } from '@mitmach/events';
import { noteApplied } from '../read-model/read-model.repository';
import { onActionPublished } from './action-published.handler';
import { onAdoptionChanged } from './adoption-changed.handler';
import { onConferenceHeld } from './conference-held.handler';
import { onEnrollmentChanged } from './enrollment-changed.handler';
import { onFundingEntryRecorded } from './funding-entry-recorded.handler';
import { onOutcomeRecorded } from './outcome-recorded.handler';
import { onRegionCreated, onRegionStatusChanged } from './region-events.handler';
import { onRegistrationChanged } from './registration-changed.handler';

/** Applies an event and notes when, so that the figures can say how fresh they are. */
function applied<Contract extends EventContract>(contract: Contract, handle: EventHandler<Contract>) {
  return on(contract, async (tx, event) => {
    await handle(tx, event);
    await noteApplied(tx, contract.name);
  });
}

/** The read model's only source: every event the statistics need, applied once each. */
export const statisticsHandlers = [
  applied(contracts.regionCreated, onRegionCreated),
  applied(contracts.regionStatusChanged, onRegionStatusChanged),
  applied(contracts.fundingEntryRecorded, onFundingEntryRecorded),
  applied(contracts.conferenceHeld, onConferenceHeld),
  applied(contracts.outcomeRecorded, onOutcomeRecorded),
  applied(contracts.registrationChanged, onRegistrationChanged),
  applied(contracts.actionPublished, onActionPublished),
  applied(contracts.adoptionChanged, onAdoptionChanged),
  applied(contracts.enrollmentChanged, onEnrollmentChanged),
];
