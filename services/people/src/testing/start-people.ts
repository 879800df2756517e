import { regionsSubgraph } from '@mitmach/regions-service';
import { startSubgraphFederation } from '@mitmach/testkit';
import { peopleSubgraph } from '../subgraph';

/**
 * The seeded regions and people subgraphs behind the real gateway, on a fresh database of the real Postgres; with
 * `events`, their outbox relays (and regions' consumer) run on the Postgres transport of that database.
 */
export function startPeople(options: { events?: boolean } = {}) {
  return startSubgraphFederation(peopleSubgraph, { alongside: [regionsSubgraph], ...options });
}

export type RunningPeople = Awaited<ReturnType<typeof startPeople>>;
