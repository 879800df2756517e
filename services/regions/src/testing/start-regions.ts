import { startSubgraphFederation } from '@mitmach/testkit';
import { regionsSubgraph } from '../subgraph';

/** The seeded regions subgraph behind the real gateway, on a fresh database of the real Postgres. */
export function startRegions() {
  return startSubgraphFederation(regionsSubgraph);
}

export type RunningRegions = Awaited<ReturnType<typeof startRegions>>;
