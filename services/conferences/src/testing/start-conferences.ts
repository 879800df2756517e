import { regionsSubgraph } from '@mitmach/regions-service';
import { startSubgraphFederation } from '@mitmach/testkit';
import { conferencesSubgraph } from '../subgraph';

/**
 * The regions and conferences subgraphs behind the real gateway, on a fresh database of the real Postgres, seeded
 * unless asked not to; with `events`, their outbox relays and consumers run on the Postgres transport of that database.
 */
export function startConferences(options: { seed?: boolean; events?: boolean } = {}) {
  return startSubgraphFederation(conferencesSubgraph, { alongside: [regionsSubgraph], ...options });
}

export type RunningConferences = Awaited<ReturnType<typeof startConferences>>;
