import { startFederation } from '@mitmach/testkit';
import { partnersSubgraph } from '../subgraph';

/**
 * The partners subgraph behind the real gateway, on a fresh database of the real Postgres; with `events`, its consumer
 * and webhook deliveries run on the Postgres event log.
 */
export async function startPartners(options: { events?: boolean } = {}) {
  const federation = await startFederation({ subgraphs: [partnersSubgraph], events: options.events ?? false });
  return { ...federation, subgraphUrl: federation.subgraphUrls.partners as string };
}

export type RunningPartners = Awaited<ReturnType<typeof startPartners>>;
