import { appendChange, type ChangePayload, changeEventCatalogue, type HandlerRegistration, on } from '@mitmach/events';
import { changeLog } from '../db/schema';
import { fanOutChange } from '../modules/webhooks/change-webhooks';

/**
 * Every change event goes into the change log the public feed reads and, where a partner subscribed to it, becomes a
 * webhook: both in the transaction that marks the event processed.
 */
export const changeEventHandlers: readonly HandlerRegistration[] = changeEventCatalogue.map((contract) =>
  on(contract, async (tx, event) => {
    const change = event as typeof event & { payload: ChangePayload };
    await appendChange(tx, changeLog, change);
    await fanOutChange(tx, change);
  }),
);
