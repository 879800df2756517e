import { changeEventCatalogue, contracts, type HandlerRegistration, on } from '@mitmach/events';
import { fanOut } from './webhook-fan-out';

/** The events that made webhooks before entities published change events, and what each one tells a partner. */
const eventsBeforeChangeEvents: readonly HandlerRegistration[] = [
  on(contracts.regionCreated, (tx, event) =>
    fanOut(tx, event, {
      type: 'region.changed',
      data: { regionId: event.payload.regionId, change: 'created', status: event.payload.status },
    }),
  ),
  on(contracts.regionStatusChanged, (tx, event) =>
    fanOut(tx, event, {
      type: 'region.changed',
      data: { regionId: event.payload.regionId, change: 'status_changed', status: event.payload.to },
    }),
  ),
  on(contracts.conferenceHeld, (tx, event) =>
    fanOut(tx, event, {
      type: 'conference.changed',
      data: {
        conferenceId: event.payload.conferenceId,
        regionId: event.payload.regionId,
        change: 'status_changed',
        status: 'held',
      },
    }),
  ),
  on(contracts.actionPublished, (tx, event) =>
    fanOut(tx, event, {
      type: 'action.published',
      data: { actionId: event.payload.actionId, originRegionId: event.payload.originRegionId },
    }),
  ),
  // The adoption event does not say whether it was made or moved on; an adoption is made as planned (or in progress)
  // and moves on from planned only, so a planned one is a start.
  on(contracts.adoptionChanged, async (tx, event) => {
    if (event.payload.status !== 'planned') return;
    await fanOut(tx, event, {
      type: 'adoption.started',
      data: {
        adoptionId: event.payload.adoptionId,
        actionId: event.payload.actionId,
        regionId: event.payload.regionId,
      },
    });
  }),
];

const hasChangeEvent = (registration: HandlerRegistration) =>
  changeEventCatalogue.some(
    (change) =>
      change.source === registration.contract.source && change.aggregateType === registration.contract.aggregateType,
  );

/**
 * The earlier events that still make webhooks: those of entities without a change event. Once an entity has one, its
 * change events make its webhooks (see change-webhooks.ts), and these would only send the same news twice.
 */
export const webhookEventHandlers: readonly HandlerRegistration[] = eventsBeforeChangeEvents.filter(
  (registration) => !hasChangeEvent(registration),
);
