import { startFederation } from '@mitmach/testkit';
import { partnersSubgraph } from '../subgraph';

/** The partners subgraph behind the real gateway, on a fresh database of the real Postgres. */
export async function startPartners() {
  const federation = await startFederation({ subgraphs: [partnersSubgraph] });
  return { ...federation, subgraphUrl: federation.subgraphUrls.partners as string };
}

export type RunningPartners = Awaited<ReturnType<typeof startPartners>>;
