import { regionsModule } from '@mitmach/regions-service';
import { startFederation } from '@mitmach/testkit';
import { peopleModule } from '../service';

/** The seeded regions and people subgraphs behind the real gateway, on a fresh database of the real Postgres. */
export async function startPeople() {
  const federation = await startFederation({ modules: [regionsModule, peopleModule] });
  return {
    ...federation,
    statements: federation.statements.people as NonNullable<(typeof federation.statements)['people']>,
    subgraphUrl: federation.subgraphUrls.people as string,
  };
}

export type RunningPeople = Awaited<ReturnType<typeof startPeople>>;
