import { regionsSubgraph } from '@mitmach/regions-service';
import { startFederation } from '@mitmach/testkit';
import { actionPoolSubgraph } from '../subgraph';

/** The seeded regions and action-pool subgraphs behind the real gateway, on a fresh database of the real Postgres. */
export async function startActionPool() {
  const federation = await startFederation({ subgraphs: [regionsSubgraph, actionPoolSubgraph] });
  return {
    ...federation,
    statements: federation.statements['action-pool'] as NonNullable<(typeof federation.statements)['action-pool']>,
    subgraphUrl: federation.subgraphUrls['action-pool'] as string,
  };
}

export type RunningActionPool = Awaited<ReturnType<typeof startActionPool>>;
