import type { Db } from '@mitmach/db';
import { type EventEnvelope, uuidV7 } from '@mitmach/events';
import { retryWindowMs } from './retry-schedule';
import type { WebhookEventType } from './webhook-event-types';
import { insertDeliveries, subscriptionsFor } from './webhooks.repository';

/** What a partner's endpoint receives: the Standard Webhooks payload of one public change. */
export interface WebhookMessage {
  type: WebhookEventType;
  /** Ids and public fields only; a partner reads the rest through the API. */
  data: Record<string, unknown>;
}

/**
 * Makes one delivery of the message for every subscription that wants it, in the transaction that marks the event
 * processed, so that an event redelivered by the backbone adds nothing.
 */
export async function fanOut(tx: Db, event: EventEnvelope, message: WebhookMessage): Promise<void> {
  const now = new Date();
  const subscriptions = await subscriptionsFor(tx, message.type, now);
  if (subscriptions.length === 0) return;
  const body = JSON.stringify({ type: message.type, timestamp: event.occurredAt, data: message.data });
  await insertDeliveries(
    tx,
    subscriptions.map((subscription) => ({
      id: uuidV7(),
      subscriptionId: subscription.id,
      eventId: event.id,
      eventType: message.type,
      body,
      nextAttemptAt: now,
      retryUntil: new Date(now.getTime() + retryWindowMs),
    })),
  );
}
