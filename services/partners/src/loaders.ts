import type { Db } from '@mitmach/db';
import { entityLoader } from '@mitmach/server-kit';
import { partnerApiKeysByIds } from './modules/partner-api-keys/partner-api-keys.repository';

/** Per-request loaders: each entity type costs one SQL statement per request, whatever the list length. */
export function createLoaders(db: Db) {
  return {
    partnerApiKeyById: entityLoader(
      (ids: readonly string[]) => partnerApiKeysByIds(db, ids),
      (row) => row.id,
    ),
  };
}

export type PartnersLoaders = ReturnType<typeof createLoaders>;
