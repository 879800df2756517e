import { type Caller, hasRole } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { forbidden, type UserError, userError } from '@mitmach/server-kit';
import { sql } from 'drizzle-orm';
import type { WebhookDeliveryRow, WebhookSubscriptionRow } from '../../db/schema';
import type { WebhookSettings } from '../../env';
import { retryWindowMs } from './retry-schedule';
import { checkSubscriptionInput, maxSubscriptionsPerKey, type WebhookSubscriptionInput } from './webhook-input';
import { newWebhookSecret } from './webhook-secret';
import {
  countSubscriptionsOfKey,
  deleteSubscription,
  endWebhookSecrets,
  insertSubscription,
  insertWebhookSecret,
  lockDeliveryOfKey,
  lockSubscription,
  updateDelivery,
  updateSubscription,
} from './webhooks.repository';

export interface SubscriptionResult {
  subscription: WebhookSubscriptionRow | null;
  secret?: string | null;
  userErrors: UserError[];
}

/** Webhooks belong to a partner key: only a request made with that key manages them. */
export function partnerKeyOf(caller: Caller): string {
  if (!hasRole(caller, 'partner') || !caller.partnerKeyId) {
    throw forbidden('Webhook subscriptions are managed with the partner API key they belong to (X-Api-Key).');
  }
  return caller.partnerKeyId;
}

const rejected = (userErrors: UserError[]): SubscriptionResult => ({ subscription: null, secret: null, userErrors });
const noSuchSubscription = () =>
  rejected([userError(['input', 'id'], 'Your key has no webhook subscription with this id.', 'NOT_FOUND')]);

export async function createSubscription(
  db: Db,
  caller: Caller,
  input: WebhookSubscriptionInput,
  settings: WebhookSettings,
): Promise<SubscriptionResult> {
  const keyId = partnerKeyOf(caller);
  const errors = checkSubscriptionInput(input, settings.allowPrivateTargets);
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    // Serialises a key's creations, so that two at once cannot both slip under the limit.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`webhook-subscriptions:${keyId}`}))`);
    if ((await countSubscriptionsOfKey(tx, keyId)) >= maxSubscriptionsPerKey) {
      return rejected([
        userError(
          ['input'],
          `A key has at most ${maxSubscriptionsPerKey} webhook subscriptions; delete one first.`,
          'LIMIT_REACHED',
        ),
      ]);
    }
    const subscription = await insertSubscription(tx, { keyId, url: input.url, events: [...input.events] });
    const secret = newWebhookSecret();
    await insertWebhookSecret(tx, subscription.id, secret);
    return { subscription, secret, userErrors: [] };
  });
}

const maxOverlapHours = 168;

export async function rotateSecret(
  db: Db,
  caller: Caller,
  input: { id: string; overlapHours?: number | null },
): Promise<SubscriptionResult> {
  const keyId = partnerKeyOf(caller);
  const overlapHours = input.overlapHours ?? 24;
  if (!Number.isInteger(overlapHours) || overlapHours < 0 || overlapHours > maxOverlapHours) {
    return rejected([
      userError(['input', 'overlapHours'], `The overlap is 0 to ${maxOverlapHours} whole hours, got ${overlapHours}.`),
    ]);
  }
  return db.transaction(async (tx) => {
    const subscription = await lockSubscription(tx, keyId, input.id);
    if (!subscription) return noSuchSubscription();
    await endWebhookSecrets(tx, subscription.id, new Date(Date.now() + overlapHours * 3_600_000));
    const secret = newWebhookSecret();
    await insertWebhookSecret(tx, subscription.id, secret);
    return { subscription, secret, userErrors: [] };
  });
}

export async function removeSubscription(
  db: Db,
  caller: Caller,
  input: { id: string },
): Promise<{ deletedId: string | null; userErrors: UserError[] }> {
  const keyId = partnerKeyOf(caller);
  return db.transaction(async (tx) => {
    const subscription = await lockSubscription(tx, keyId, input.id);
    if (!subscription) return { deletedId: null, userErrors: noSuchSubscription().userErrors };
    await deleteSubscription(tx, subscription.id);
    return { deletedId: subscription.id, userErrors: [] };
  });
}

/** Sends again what waited while the endpoint was paused, from now on. */
export async function resumeSubscription(db: Db, caller: Caller, input: { id: string }): Promise<SubscriptionResult> {
  const keyId = partnerKeyOf(caller);
  return db.transaction(async (tx) => {
    const subscription = await lockSubscription(tx, keyId, input.id);
    if (!subscription) return noSuchSubscription();
    if (subscription.status === 'active') return { subscription, userErrors: [] };
    return {
      subscription: await updateSubscription(tx, subscription.id, {
        status: 'active',
        pausedAt: null,
        pauseReason: null,
        failingSince: null,
      }),
      userErrors: [],
    };
  });
}

export interface DeliveryResult {
  delivery: WebhookDeliveryRow | null;
  userErrors: UserError[];
}

/** Sends a finished delivery again with the same `webhook-id`, retried for another 24 hours if it fails. */
export async function resendDelivery(db: Db, caller: Caller, input: { id: string }): Promise<DeliveryResult> {
  const keyId = partnerKeyOf(caller);
  return db.transaction(async (tx) => {
    const found = await lockDeliveryOfKey(tx, keyId, input.id);
    if (!found) {
      return {
        delivery: null,
        userErrors: [userError(['input', 'id'], 'Your key has no such delivery.', 'NOT_FOUND')],
      };
    }
    if (found.delivery.status === 'pending') {
      return {
        delivery: null,
        userErrors: [
          userError(['input', 'id'], 'The delivery is still being sent; it cannot be re-sent yet.', 'PENDING'),
        ],
      };
    }
    if (found.subscription.status === 'paused') {
      return {
        delivery: null,
        userErrors: [userError(['input', 'id'], 'The subscription is paused; resume it first.', 'PAUSED')],
      };
    }
    const now = new Date();
    return {
      delivery: await updateDelivery(tx, found.delivery.id, {
        status: 'pending',
        nextAttemptAt: now,
        retryUntil: new Date(now.getTime() + retryWindowMs),
      }),
      userErrors: [],
    };
  });
}
