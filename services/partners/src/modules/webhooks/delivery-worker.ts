import type { Db } from '@mitmach/db';
import type { Worker } from '@mitmach/events';
import type { Logger } from 'pino';
import type { WebhookDeliveryRow, WebhookSubscriptionRow } from '../../db/schema';
import type { WebhookSettings } from '../../env';
import {
  changeSubscription,
  claimDueDeliveries,
  lockSubscriptionById,
  recordAttempt,
  subscriptionsByIds,
} from './deliveries.repository';
import { nextAttemptAt, standardRetryDelaysMs } from './retry-schedule';
import { defaultSendOptions, type SendOutcome, sendWebhook } from './send-webhook';
import { signedHeaders } from './webhook-signature';
import { validWebhookSecrets } from './webhooks.repository';

export interface DeliveryWorkerOptions {
  db: Db;
  logger: Logger;
  settings: WebhookSettings;
  /** Delays between attempts; Standard Webhooks' schedule over a day unless given. */
  retryDelaysMs?: readonly number[];
  /** An endpoint whose every attempt failed for this long is paused; a day unless given. */
  pauseAfterMs?: number;
  pollIntervalMs?: number;
  /** Deliveries sent at the same time by this worker. */
  concurrency?: number;
  timeoutMs?: number;
  maxResponseBytes?: number;
}

export interface DeliveryWorker extends Worker {
  /** One round, for tests: sends what is due now and waits for it; returns how many deliveries it attempted. */
  runOnce(): Promise<number>;
}

/**
 * Sends due webhook deliveries: signs each attempt, posts it with the address checks, and records the outcome with the
 * next attempt's time, or gives up after the retry window. Several replicas may run it: each takes its own rows.
 */
export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const logger = options.logger.child({ worker: 'webhook-deliveries' });
  const delays = options.retryDelaysMs ?? standardRetryDelaysMs;
  const pauseAfterMs = options.pauseAfterMs ?? 24 * 3_600_000;
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  const concurrency = options.concurrency ?? 20;
  const sendOptions = {
    allowPrivateTargets: options.settings.allowPrivateTargets,
    timeoutMs: options.timeoutMs ?? defaultSendOptions.timeoutMs,
    maxResponseBytes: options.maxResponseBytes ?? defaultSendOptions.maxResponseBytes,
  };
  // Longer than any attempt can take, so a delivery comes back only when its sender is gone.
  const leaseMs = sendOptions.timeoutMs * 3;

  async function attempt(delivery: WebhookDeliveryRow, subscription: WebhookSubscriptionRow): Promise<void> {
    const at = new Date();
    const secrets = await validWebhookSecrets(options.db, [subscription.id], at);
    const outcome: SendOutcome =
      secrets.length === 0
        ? { ok: false, status: null, error: 'the subscription has no signing secret' }
        : await sendWebhook(
            subscription.url,
            delivery.body,
            signedHeaders(
              delivery.id,
              at,
              delivery.body,
              secrets.map((secret) => secret.secret),
            ),
            sendOptions,
          );
    await record(delivery, outcome, new Date());
  }

  async function record(delivery: WebhookDeliveryRow, outcome: SendOutcome, now: Date): Promise<void> {
    await options.db.transaction(async (tx) => {
      const subscription = await lockSubscriptionById(tx, delivery.subscriptionId);
      if (!subscription) return;
      const attempted = { lastAttemptAt: now, lastResponseStatus: outcome.status };
      if (outcome.ok) {
        await recordAttempt(tx, delivery.id, { ...attempted, status: 'succeeded', lastError: null, deliveredAt: now });
        if (subscription.failingSince) await changeSubscription(tx, subscription.id, { failingSince: null });
        return;
      }
      const next = nextAttemptAt(delivery.attempts + 1, now, delivery.retryUntil, delays);
      await recordAttempt(tx, delivery.id, {
        ...attempted,
        lastError: outcome.error,
        ...(next ? { nextAttemptAt: next } : { status: 'failed' }),
      });
      const failingSince = subscription.failingSince ?? now;
      if (subscription.status === 'active' && now.getTime() - failingSince.getTime() >= pauseAfterMs) {
        logger.warn({ subscriptionId: subscription.id, error: outcome.error }, 'pausing a failing webhook endpoint');
        await changeSubscription(tx, subscription.id, {
          failingSince,
          status: 'paused',
          pausedAt: now,
          pauseReason:
            `Every delivery since ${failingSince.toISOString()} failed (the last one: ${outcome.error}). ` +
            'New events wait until the subscription is resumed.',
        });
      } else if (!subscription.failingSince) {
        await changeSubscription(tx, subscription.id, { failingSince });
      }
    });
  }

  /** Takes up to `limit` due deliveries and starts sending each; resolves with the sends under way. */
  async function claimAndSend(limit: number): Promise<Promise<void>[]> {
    const deliveries = await claimDueDeliveries(options.db, limit, leaseMs);
    if (deliveries.length === 0) return [];
    const subscriptions = new Map(
      (await subscriptionsByIds(options.db, [...new Set(deliveries.map((delivery) => delivery.subscriptionId))])).map(
        (subscription) => [subscription.id, subscription],
      ),
    );
    return deliveries.map(async (delivery) => {
      const subscription = subscriptions.get(delivery.subscriptionId);
      if (!subscription) return;
      try {
        await attempt(delivery, subscription);
      } catch (error) {
        // The lease brings the delivery back later.
        logger.error({ err: error, deliveryId: delivery.id }, 'recording a webhook attempt failed');
      }
    });
  }

  async function runOnce(): Promise<number> {
    const sends = await claimAndSend(concurrency);
    await Promise.all(sends);
    return sends.length;
  }

  let running: Promise<void> | null = null;
  let stopping: AbortController | null = null;
  let wakeUp: (() => void) | null = null;
  let healthy = false;

  function pause(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        wakeUp = null;
        resolve();
      }
      wakeUp = done;
      signal.addEventListener('abort', done);
    });
  }

  // Sends run side by side, each in its own slot, so that one slow endpoint holds up only its own deliveries.
  async function loop(signal: AbortSignal): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    while (!signal.aborted) {
      const free = concurrency - inFlight.size;
      let claimed = 0;
      if (free > 0) {
        try {
          const sends = await claimAndSend(free);
          claimed = sends.length;
          for (const send of sends) {
            const slot = send.finally(() => {
              inFlight.delete(slot);
              wakeUp?.();
            });
            inFlight.add(slot);
          }
          healthy = true;
        } catch (error) {
          healthy = false;
          logger.error({ err: error }, 'taking due webhook deliveries failed');
        }
      }
      if (claimed === 0 || claimed < free) await pause(pollIntervalMs, signal);
    }
    await Promise.all(inFlight);
  }

  return {
    name: 'webhook-deliveries',
    runOnce,
    async start() {
      if (running) return;
      stopping = new AbortController();
      healthy = true;
      running = loop(stopping.signal);
    },
    async stop() {
      stopping?.abort();
      await running;
      running = null;
      healthy = false;
    },
    ready: () => running !== null && healthy,
  };
}
