import { fileURLToPath } from 'node:url';
import type { DatabaseConnection } from '@mitmach/db';

const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/** Creates or updates the event infrastructure's schema: the Postgres event log, consumer positions, role leases. */
export function migrateEventbus(connection: DatabaseConnection): Promise<void> {
  return connection.migrate({ migrationsFolder, schema: 'eventbus' });
}
