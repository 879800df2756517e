import { startSubgraphFederation } from '@mitmach/testkit';
import { partnersSubgraph } from '../subgraph';

/**
 * The partners subgraph behind the real gateway, on a fresh database of the real Postgres; with `events`, its consumer
 * and webhook deliveries run on the Postgres event log.
 */
export function startPartners(options: { events?: boolean } = {}) {
  return startSubgraphFederation(partnersSubgraph, options);
}

export type RunningPartners = Awaited<ReturnType<typeof startPartners>>;
