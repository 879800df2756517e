import { regionsSubgraph } from '@mitmach/regions-service';
import { developmentChallengeKey } from '@mitmach/server-kit';
import { startSubgraphFederation } from '@mitmach/testkit';
import { peopleSubgraph } from '../subgraph';

/**
 * The seeded regions and people subgraphs behind the real gateway, on a fresh database of the real Postgres; with
 * `events`, their outbox relays (and regions' consumer) run on the Postgres transport of that database. The gateway's
 * challenges are the people service's (the development key) and quick to solve.
 */
export function startPeople(options: { events?: boolean } = {}) {
  return startSubgraphFederation(peopleSubgraph, {
    alongside: [regionsSubgraph],
    gateway: { proofOfWork: { key: developmentChallengeKey, maxCounter: testChallengeCounter } },
    ...options,
  });
}

const testChallengeCounter = 1_000;

export type RunningPeople = Awaited<ReturnType<typeof startPeople>>;
