import { startFederation } from '@mitmach/testkit';
import { regionsSubgraph } from '../subgraph';

/** The seeded regions subgraph behind the real gateway, on a fresh database of the real Postgres. */
export async function startRegions() {
  const federation = await startFederation({ subgraphs: [regionsSubgraph] });
  return {
    ...federation,
    statements: federation.statements.regions as NonNullable<(typeof federation.statements)['regions']>,
    subgraphUrl: federation.subgraphUrls.regions as string,
  };
}

export type RunningRegions = Awaited<ReturnType<typeof startRegions>>;
