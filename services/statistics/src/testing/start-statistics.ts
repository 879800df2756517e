import { anonymousCaller, callerHeader, type Role } from '@mitmach/auth';
import { regionsSubgraph } from '@mitmach/regions-service';
import { graphqlClient, type StatementCounter, silentLogger, startFederation } from '@mitmach/testkit';
import { statisticsSubgraph } from '../subgraph';
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
  const federation = await startFederation({
    subgraphs: options.withRegions ? [regionsSubgraph, statisticsSubgraph] : [statisticsSubgraph],
    events: options.events ?? false,
  });
  const events = statisticsSubgraph.createConsumer({ db: federation.db, logger: silentLogger });
  if (!events) throw new Error('statistics consumes events');
  const { consumer } = events;
  const subgraphUrl = federation.subgraphUrls.statistics as string;
  return {
    ...federation,
    consumer,
    statisticsStatements: federation.statements.statistics as StatementCounter,
    subgraphUrl,
    statisticsWorkers: () => federation.mounted.statistics?.workers ?? [],
    /** Applies events as the transport would deliver them, one after the other. */
    async apply(events: readonly TestEvent[]) {
      const outcomes = [];
      for (const event of events) outcomes.push(await consumer.process(recordOf(event)));
      return outcomes;
    },
    /** Asks the subgraph directly, as the gateway would for a caller with these roles (none: anonymous). */
    async subgraphQuery<Data>(query: string, variables: Record<string, unknown> = {}, roles: Role[] = []) {
      const caller = roles.length > 0 ? { personId: null, roles, regionIds: [] } : anonymousCaller;
      const headers = { [callerHeader]: await federation.callerHeaderFor(caller, 'statistics') };
      return graphqlClient(subgraphUrl)<Data>(query, variables, { headers });
    },
  };
}

export type RunningStatistics = Awaited<ReturnType<typeof startStatistics>>;
