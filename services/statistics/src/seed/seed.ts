import type { Db } from '@mitmach/db';

/**
 * Nothing to load: the statistics are built from events only, and the other services' seeds publish the events of
 * their seeded facts, so the seeded network's figures arrive through the consumer like any others.
 */
export async function seedDemoStatistics(_db: Db): Promise<{ seeded: false }> {
  return { seeded: false };
}
