import { regionsSubgraph } from '@mitmach/regions-service';
import { startFederation } from '@mitmach/testkit';
import { conferencesSubgraph } from '../subgraph';

/**
 * The regions and conferences subgraphs behind the real gateway, on a fresh database of the real Postgres, seeded
 * unless asked not to; with `events`, their outbox relays and consumers run on the Postgres transport of that database.
 */
export async function startConferences(options: { seed?: boolean; events?: boolean } = {}) {
  const federation = await startFederation({
    subgraphs: [regionsSubgraph, conferencesSubgraph],
    seed: options.seed ?? true,
    events: options.events ?? false,
  });
  return {
    ...federation,
    statements: federation.statements.conferences as NonNullable<(typeof federation.statements)['conferences']>,
    subgraphUrl: federation.subgraphUrls.conferences as string,
  };
}

export type RunningConferences = Awaited<ReturnType<typeof startConferences>>;
