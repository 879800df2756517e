import { afterAll } from 'vitest';
import { type GraphqlQuery, graphqlClient } from './graphql-client';
import { tokenFor } from './test-gateway';

/** The staff member whose id tests see as the author of what staff tokens change. */
export const staffPersonId = '00000000-0000-4000-8000-0000000000aa';

interface Startable {
  gatewayUrl: string;
  jwtSecret: string;
  stop(): Promise<void>;
}

/**
 * Starts what a test file drives once for the whole file (called with top-level await), stops it after the file's
 * last test, and hands over a client of its gateway and a staff token, which nearly every file needs.
 */
export async function startForFile<Platform extends Startable>(
  start: () => Promise<Platform>,
  options: { staffPersonId?: string } = {},
): Promise<{ platform: Platform; query: GraphqlQuery; staff: string }> {
  const platform = await start();
  afterAll(() => platform.stop());
  return {
    platform,
    query: graphqlClient(platform.gatewayUrl),
    staff: await tokenFor(platform.jwtSecret, ['staff'], { personId: options.staffPersonId ?? staffPersonId }),
  };
}
