import { regionsModule } from '@mitmach/regions-service';
import { startFederation } from '@mitmach/testkit';
import { actionPoolModule } from '../service';

/** The seeded regions and action-pool subgraphs behind the real gateway, on a fresh database of the real Postgres. */
export async function startActionPool() {
  const federation = await startFederation({ modules: [regionsModule, actionPoolModule] });
  return {
    ...federation,
    statements: federation.statements['action-pool'] as NonNullable<(typeof federation.statements)['action-pool']>,
    subgraphUrl: federation.subgraphUrls['action-pool'] as string,
  };
}

export type RunningActionPool = Awaited<ReturnType<typeof startActionPool>>;
