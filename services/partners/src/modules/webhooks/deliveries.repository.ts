import type { Db } from '@mitmach/db';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  type WebhookDeliveryRow,
  type WebhookSubscriptionRow,
  webhookDeliveries,
  webhookSubscriptions,
} from '../../db/schema';

/**
 * Takes up to `limit` due deliveries of active subscriptions and moves their next attempt `leaseMs` on, in one
 * statement, so that no other worker takes them while they are sent, and they come back if this worker dies.
 */
export function claimDueDeliveries(db: Db, limit: number, leaseMs: number): Promise<WebhookDeliveryRow[]> {
  // Postgres takes only an unqualified name after FOR UPDATE OF, hence the alias.
  const candidate = alias(webhookDeliveries, 'candidate');
  const due = db
    .select({ id: candidate.id })
    .from(candidate)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, candidate.subscriptionId))
    .where(
      and(
        eq(candidate.status, 'pending'),
        lte(candidate.nextAttemptAt, sql`now()`),
        eq(webhookSubscriptions.status, 'active'),
      ),
    )
    .orderBy(asc(candidate.nextAttemptAt))
    .limit(limit)
    .for('update', { of: candidate, skipLocked: true });
  return db
    .update(webhookDeliveries)
    .set({ nextAttemptAt: sql`now() + ${`${leaseMs} milliseconds`}::interval` })
    .where(inArray(webhookDeliveries.id, due))
    .returning();
}

export function subscriptionsByIds(db: Db, ids: readonly string[]): Promise<WebhookSubscriptionRow[]> {
  return db
    .select()
    .from(webhookSubscriptions)
    .where(inArray(webhookSubscriptions.id, [...ids]));
}

export async function lockSubscriptionById(db: Db, id: string): Promise<WebhookSubscriptionRow | null> {
  const [row] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)).for('update');
  return row ?? null;
}

/** Records an attempt's result; nothing when the subscription and its deliveries were deleted meanwhile. */
export function recordAttempt(db: Db, id: string, changes: Partial<typeof webhookDeliveries.$inferInsert>) {
  return db
    .update(webhookDeliveries)
    .set({ ...changes, attempts: sql`${webhookDeliveries.attempts} + 1` })
    .where(eq(webhookDeliveries.id, id));
}

export function changeSubscription(db: Db, id: string, changes: Partial<typeof webhookSubscriptions.$inferInsert>) {
  return db.update(webhookSubscriptions).set(changes).where(eq(webhookSubscriptions.id, id));
}
