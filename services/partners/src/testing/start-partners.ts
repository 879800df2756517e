import { startSubgraphFederation } from '@mitmach/testkit';
import { partnersSubgraph } from '../subgraph';

/** The partners subgraph behind the real gateway, on a fresh database of the real Postgres. */
export function startPartners() {
  return startSubgraphFederation(partnersSubgraph);
}

export type RunningPartners = Awaited<ReturnType<typeof startPartners>>;
