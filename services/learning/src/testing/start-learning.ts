import { regionsSubgraph } from '@mitmach/regions-service';
import { startFederation } from '@mitmach/testkit';
import { learningSubgraph } from '../subgraph';

/**
 * The seeded regions and learning subgraphs behind the real gateway, on a fresh database of the real Postgres; with
 * `events`, their outbox relays and consumers run on the Postgres transport of that database.
 */
export async function startLearning(options: { events?: boolean } = {}) {
  const federation = await startFederation({
    subgraphs: [regionsSubgraph, learningSubgraph],
    events: options.events ?? false,
  });
  return {
    ...federation,
    statements: federation.statements.learning as NonNullable<(typeof federation.statements)['learning']>,
    subgraphUrl: federation.subgraphUrls.learning as string,
  };
}

export type RunningLearning = Awaited<ReturnType<typeof startLearning>>;
