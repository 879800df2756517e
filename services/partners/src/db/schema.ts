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

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type ApiKeySecretRow = typeof apiKeySecrets.$inferSelect;
export type PersistedDocumentRow = typeof persistedDocuments.$inferSelect;
