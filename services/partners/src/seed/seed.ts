import type { Db } from '@mitmach/db';

/** Keys are secrets, so the demo network commits none: staff create them through the API. */
export async function seedDemoPartners(_db: Db) {
  return { apiKeys: 0 };
}
