import type { Db } from '@mitmach/db';
import { entityLoader, groupLoader, groupPageLoader } from '@mitmach/server-kit';
import { apiKeysByIds, validSecretsByKeyIds } from './modules/api-keys/api-keys.repository';
import { documentPagesByKeyIds } from './modules/persisted-documents/persisted-documents.repository';

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
  };
}

export type PartnersLoaders = ReturnType<typeof createLoaders>;
