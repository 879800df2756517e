import { regionsSubgraph } from '@mitmach/regions-service';
import { startFederation } from '@mitmach/testkit';
import { peopleSubgraph } from '../subgraph';

/**
 * The seeded regions and people subgraphs behind the real gateway, on a fresh database of the real Postgres; with
 * `events`, their outbox relays (and regions' consumer) run on the Postgres transport of that database.
 */
export async function startPeople(options: { events?: boolean } = {}) {
  const federation = await startFederation({
    subgraphs: [regionsSubgraph, peopleSubgraph],
    events: options.events ?? false,
  });
  return {
    ...federation,
    statements: federation.statements.people as NonNullable<(typeof federation.statements)['people']>,
    subgraphUrl: federation.subgraphUrls.people as string,
  };
}

export type RunningPeople = Awaited<ReturnType<typeof startPeople>>;
