import { regionsSubgraph } from '@mitmach/regions-service';
import { startSubgraphFederation } from '@mitmach/testkit';
import { learningSubgraph } from '../subgraph';

/**
 * The seeded regions and learning subgraphs behind the real gateway, on a fresh database of the real Postgres; with
 * `events`, their outbox relays and consumers run on the Postgres transport of that database.
 */
export function startLearning(options: { events?: boolean } = {}) {
  return startSubgraphFederation(learningSubgraph, { alongside: [regionsSubgraph], ...options });
}

export type RunningLearning = Awaited<ReturnType<typeof startLearning>>;
