import { type Role, signCallerHeader } from '@mitmach/auth';
import type { Worker } from '@mitmach/events';
import { regionsModule } from '@mitmach/regions-service';
import type { SubgraphModule } from '@mitmach/server-kit';
import { graphqlClient, type StatementCounter, silentLogger, startFederation } from '@mitmach/testkit';
import { statisticsConsumer } from '../events/statistics-consumer';
import { statisticsModule } from '../service';
import { recordOf, type TestEvent } from './events';

export interface StartOptions {
  /** Run the consumers on the Postgres transport (otherwise tests apply events through `apply`). */
  events?: boolean;
  /** Federate the seeded regions subgraph too, whose seed publishes the demo network's region events. */
  withRegions?: boolean;
}

/**
 * The statistics subgraph behind the real gateway on a fresh database of the real Postgres. Its running consumer (with
 * `events`) can be stopped and started, as a rebuild needs.
 */
export async function startStatistics(options: StartOptions = {}) {
  let workers: Worker[] = [];
  const statistics: SubgraphModule = {
    ...statisticsModule,
    createWorkers: (context) => {
      workers = statisticsModule.createWorkers(context);
      return workers;
    },
  };
  const federation = await startFederation({
    modules: options.withRegions ? [regionsModule, statistics] : [statistics],
    events: options.events ?? false,
  });
  const consumer = statisticsConsumer(federation.db, null, silentLogger);
  const subgraphUrl = federation.subgraphUrls.statistics as string;
  return {
    ...federation,
    consumer,
    statisticsStatements: federation.statements.statistics as StatementCounter,
    subgraphUrl,
    statisticsWorkers: () => workers,
    /** Applies events as the transport would deliver them, one after the other. */
    async apply(events: readonly TestEvent[]) {
      const outcomes = [];
      for (const event of events) outcomes.push(await consumer.process(recordOf(event)));
      return outcomes;
    },
    /** Asks the subgraph directly, as the gateway would for a caller with these roles (none: anonymous). */
    async subgraphQuery<Data>(query: string, variables: Record<string, unknown> = {}, roles: Role[] = []) {
      const headers: Record<string, string> =
        roles.length > 0
          ? {
              'x-mitmach-caller': await signCallerHeader(
                { personId: null, roles, regionIds: [] },
                federation.callerSecret,
              ),
            }
          : {};
      return graphqlClient(subgraphUrl)<Data>(query, variables, { headers });
    },
  };
}

export type RunningStatistics = Awaited<ReturnType<typeof startStatistics>>;
