import type { Db } from '@mitmach/db';
import { entityLoader, groupLoader, groupPageLoader } from '@mitmach/server-kit';
import { apiKeysByIds, validSecretsByKeyIds } from './modules/api-keys/api-keys.repository';
import { documentPagesByKeyIds } from './modules/persisted-documents/persisted-documents.repository';
import { subscriptionsByIds } from './modules/webhooks/deliveries.repository';
import { validWebhookSecrets } from './modules/webhooks/webhooks.repository';

/** Per-request loaders: each relation costs one SQL statement per request, whatever the number of keys listed. */
export function createLoaders(db: Db) {
  const now = new Date();
  return {
    apiKeyById: entityLoader(
      (ids: readonly string[]) => apiKeysByIds(db, ids),
      (row) => row.id,
    ),
    validSecretsByKey: groupLoader(
      (ids: readonly string[]) => validSecretsByKeyIds(db, ids, now),
      (row) => row.keyId,
    ),
    documentPagesByKey: groupPageLoader((ids, page) => documentPagesByKeyIds(db, ids, page)),
    webhookSubscriptionById: entityLoader(
      (ids: readonly string[]) => subscriptionsByIds(db, ids),
      (row) => row.id,
    ),
    validWebhookSecretsBySubscription: groupLoader(
      (ids: readonly string[]) => validWebhookSecrets(db, ids, now),
      (row) => row.subscriptionId,
    ),
  };
}

export type PartnersLoaders = ReturnType<typeof createLoaders>;
