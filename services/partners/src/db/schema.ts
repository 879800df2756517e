import { changeLogTable, deadLettersTable, outboxTable, processedEventsTable } from '@mitmach/events';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const partnersSchema = pgSchema('partners');

/** A partner website's key: who it belongs to, which origins may use it, its quota and whether it runs only known documents. */
export const apiKeys = partnersSchema.table('api_keys', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  contactEmail: text().notNull(),
  allowedOrigins: text().array().notNull(),
  requestsPerMinute: integer().notNull(),
  persistedDocumentsOnly: boolean().notNull(),
  expiresAt: timestamp({ withTimezone: true }),
  revokedAt: timestamp({ withTimezone: true }),
  lastUsedAt: timestamp({ withTimezone: true }),
  createdBy: uuid(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * The secrets of a key, stored as SHA-256 hashes only. A rotation adds a secret and gives the previous one an end, so
 * that a partner can deploy the new one while the old still works.
 */
export const apiKeySecrets = partnersSchema.table(
  'api_key_secrets',
  {
    id: uuid().primaryKey().defaultRandom(),
    keyId: uuid()
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    secretHash: text().notNull(),
    /** The first characters of the secret, to tell a partner which secret a key uses without showing it. */
    hint: text().notNull(),
    validUntil: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('api_key_secrets_hash_idx').on(table.secretHash),
    index('api_key_secrets_key_idx').on(table.keyId),
  ],
);

/** Documents registered for a key, by the SHA-256 hash clients send instead of the document. */
export const persistedDocuments = partnersSchema.table(
  'persisted_documents',
  {
    keyId: uuid()
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    hash: text().notNull(),
    document: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.keyId, table.hash] })],
);

export const webhookSubscriptionStatus = partnersSchema.enum('webhook_subscription_status', ['active', 'paused']);

/** An endpoint of a partner that receives the public change events it chose, signed as Standard Webhooks. */
export const webhookSubscriptions = partnersSchema.table(
  'webhook_subscriptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    keyId: uuid()
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    events: text().array().notNull(),
    status: webhookSubscriptionStatus().notNull().default('active'),
    /** Since when every attempt failed; null once one succeeds. A subscription failing long enough is paused. */
    failingSince: timestamp({ withTimezone: true }),
    pausedAt: timestamp({ withTimezone: true }),
    /** Why the endpoint was paused, for the partner to read. */
    pauseReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('webhook_subscriptions_key_idx').on(table.keyId)],
);

/**
 * Signing secrets. They must be kept readable to sign with, unlike API key secrets. A rotation gives the previous one
 * an end; until then deliveries carry a signature for each, so a receiver can switch at its own pace.
 */
export const webhookSecrets = partnersSchema.table(
  'webhook_secrets',
  {
    id: uuid().primaryKey().defaultRandom(),
    subscriptionId: uuid()
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    secret: text().notNull(),
    validUntil: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('webhook_secrets_subscription_idx').on(table.subscriptionId)],
);

export const webhookDeliveryStatus = partnersSchema.enum('webhook_delivery_status', ['pending', 'succeeded', 'failed']);

/**
 * One message to one subscription. Its id is the `webhook-id` of every attempt, so a receiver can drop a message it
 * already has. A pending delivery is sent when `nextAttemptAt` comes; a worker that takes it moves that time on first,
 * so that another worker leaves it alone while it is being sent and takes it again if the sender died.
 */
export const webhookDeliveries = partnersSchema.table(
  'webhook_deliveries',
  {
    id: uuid().primaryKey(),
    subscriptionId: uuid()
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    /** The backbone event it came from; a subscription gets each event once. */
    eventId: uuid().notNull(),
    eventType: text().notNull(),
    /** The JSON body exactly as signed and sent, the same for every attempt. */
    body: text().notNull(),
    status: webhookDeliveryStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Failed attempts are retried until then (24 hours after the delivery was made or re-sent). */
    retryUntil: timestamp({ withTimezone: true }).notNull(),
    lastAttemptAt: timestamp({ withTimezone: true }),
    lastResponseStatus: integer(),
    lastError: text(),
    deliveredAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('webhook_deliveries_event_idx').on(table.subscriptionId, table.eventId),
    index('webhook_deliveries_due_idx').on(table.nextAttemptAt).where(sql`status = 'pending'`),
    index('webhook_deliveries_subscription_idx').on(table.subscriptionId, table.createdAt),
  ],
);

// The public change events the webhooks are made from, applied once each (processed events, dead letters).
export const processedEvents = processedEventsTable(partnersSchema);
export const deadLetters = deadLettersTable(partnersSchema);

/** The acknowledgements of erasures this service applied. */
export const outbox = outboxTable(partnersSchema);

/** Every change event, in commit order: what the public change feed reads. */
export const changeLog = changeLogTable(partnersSchema);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type ApiKeySecretRow = typeof apiKeySecrets.$inferSelect;
export type PersistedDocumentRow = typeof persistedDocuments.$inferSelect;
export type WebhookSubscriptionRow = typeof webhookSubscriptions.$inferSelect;
export type WebhookSecretRow = typeof webhookSecrets.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
