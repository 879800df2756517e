import { regionsSubgraph } from '@mitmach/regions-service';
import { startSubgraphFederation } from '@mitmach/testkit';
import { actionPoolSubgraph } from '../subgraph';

/** The seeded regions and action-pool subgraphs behind the real gateway, on a fresh database of the real Postgres. */
export function startActionPool() {
  return startSubgraphFederation(actionPoolSubgraph, { alongside: [regionsSubgraph] });
}

export type RunningActionPool = Awaited<ReturnType<typeof startActionPool>>;
