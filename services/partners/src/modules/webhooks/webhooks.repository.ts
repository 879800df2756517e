import type { Db } from '@mitmach/db';
import type { Page } from '@mitmach/server-kit';
import { and, asc, count, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import {
  apiKeys,
  type WebhookDeliveryRow,
  type WebhookSecretRow,
  type WebhookSubscriptionRow,
  webhookDeliveries,
  webhookSecrets,
  webhookSubscriptions,
} from '../../db/schema';

export async function subscriptionsOfKey(db: Db, keyId: string, page: Page) {
  const where = eq(webhookSubscriptions.keyId, keyId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(webhookSubscriptions)
      .where(where)
      .orderBy(desc(webhookSubscriptions.createdAt), webhookSubscriptions.id)
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(webhookSubscriptions).where(where),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export async function countSubscriptionsOfKey(db: Db, keyId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(webhookSubscriptions)
    .where(eq(webhookSubscriptions.keyId, keyId));
  return row?.value ?? 0;
}

/** A key's subscription, locked for a change; null when the key has none with this id. */
export async function lockSubscription(db: Db, keyId: string, id: string): Promise<WebhookSubscriptionRow | null> {
  const [row] = await db
    .select()
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.id, id), eq(webhookSubscriptions.keyId, keyId)))
    .for('update');
  return row ?? null;
}

export async function insertSubscription(
  db: Db,
  subscription: typeof webhookSubscriptions.$inferInsert,
): Promise<WebhookSubscriptionRow> {
  const [row] = await db.insert(webhookSubscriptions).values(subscription).returning();
  if (!row) throw new Error('inserting the webhook subscription returned nothing');
  return row;
}

export async function updateSubscription(
  db: Db,
  id: string,
  changes: Partial<typeof webhookSubscriptions.$inferInsert>,
): Promise<WebhookSubscriptionRow> {
  const [row] = await db.update(webhookSubscriptions).set(changes).where(eq(webhookSubscriptions.id, id)).returning();
  if (!row) throw new Error(`webhook subscription ${id} vanished while changing it`);
  return row;
}

export function deleteSubscription(db: Db, id: string) {
  return db.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
}

export function insertWebhookSecret(db: Db, subscriptionId: string, secret: string) {
  return db.insert(webhookSecrets).values({ subscriptionId, secret });
}

/** Ends every secret of the subscription by `until` at the latest, as a rotation does. */
export function endWebhookSecrets(db: Db, subscriptionId: string, until: Date) {
  return db
    .update(webhookSecrets)
    .set({ validUntil: until })
    .where(
      and(
        eq(webhookSecrets.subscriptionId, subscriptionId),
        or(isNull(webhookSecrets.validUntil), gt(webhookSecrets.validUntil, until)),
      ),
    );
}

/** The secrets of these subscriptions that still sign, newest first. */
export function validWebhookSecrets(
  db: Db,
  subscriptionIds: readonly string[],
  now: Date,
): Promise<WebhookSecretRow[]> {
  return db
    .select()
    .from(webhookSecrets)
    .where(
      and(
        inArray(webhookSecrets.subscriptionId, [...subscriptionIds]),
        or(isNull(webhookSecrets.validUntil), gt(webhookSecrets.validUntil, now)),
      ),
    )
    .orderBy(desc(webhookSecrets.createdAt));
}

export async function deliveriesOfSubscription(
  db: Db,
  subscriptionId: string,
  status: WebhookDeliveryRow['status'] | null,
  page: Page,
) {
  const where = and(
    eq(webhookDeliveries.subscriptionId, subscriptionId),
    status ? eq(webhookDeliveries.status, status) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(webhookDeliveries)
      .where(where)
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(page.limit + 1)
      .offset(page.offset),
    db.select({ value: count() }).from(webhookDeliveries).where(where),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

/** A delivery of one of the key's subscriptions, locked for a change. */
export async function lockDeliveryOfKey(
  db: Db,
  keyId: string,
  id: string,
): Promise<{ delivery: WebhookDeliveryRow; subscription: WebhookSubscriptionRow } | null> {
  const [row] = await db
    .select({ delivery: webhookDeliveries, subscription: webhookSubscriptions })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .where(and(eq(webhookDeliveries.id, id), eq(webhookSubscriptions.keyId, keyId)))
    .for('update');
  return row ?? null;
}

export async function updateDelivery(
  db: Db,
  id: string,
  changes: Partial<typeof webhookDeliveries.$inferInsert>,
): Promise<WebhookDeliveryRow> {
  const [row] = await db.update(webhookDeliveries).set(changes).where(eq(webhookDeliveries.id, id)).returning();
  if (!row) throw new Error(`webhook delivery ${id} vanished while changing it`);
  return row;
}

/** Subscriptions (active or paused) of keys that work now, that want this event type. */
export async function subscriptionsFor(db: Db, eventType: string, now: Date): Promise<WebhookSubscriptionRow[]> {
  const rows = await db
    .select({ subscription: webhookSubscriptions })
    .from(webhookSubscriptions)
    .innerJoin(apiKeys, eq(apiKeys.id, webhookSubscriptions.keyId))
    .where(
      and(
        sql`${webhookSubscriptions.events} @> array[${eventType}]::text[]`,
        isNull(apiKeys.revokedAt),
        or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, now)),
      ),
    )
    .orderBy(asc(webhookSubscriptions.createdAt));
  return rows.map((row) => row.subscription);
}

export function insertDeliveries(db: Db, deliveries: (typeof webhookDeliveries.$inferInsert)[]) {
  if (deliveries.length === 0) return Promise.resolve();
  return db.insert(webhookDeliveries).values(deliveries).onConflictDoNothing();
}
