import type { Db } from '@mitmach/db';

/** The demo network has no partnerApiKeys of its own yet; a database that has data stays as it is. */
export async function seedDemoPartners(_db: Db) {
  return { partnerApiKeys: 0 };
}
