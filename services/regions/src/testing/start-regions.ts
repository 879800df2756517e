import { createTestDatabase } from '@mitmach/db/testing';
import { silentLogger, startTestGateway, statementCounter, testSecrets, urlOf } from '@mitmach/testkit';
import { seedDemoRegions } from '../seed/seed';
import { createRegionsServer, migrateRegions } from '../service';

/**
 * The regions subgraph on a fresh database of the real Postgres, seeded, behind the real gateway; every SQL
 * statement the subgraph sends is counted.
 */
export async function startRegions() {
  const database = await createTestDatabase();
  await migrateRegions(database.connection);
  await seedDemoRegions(database.connection.drizzle());
  const secrets = testSecrets();
  const statements = statementCounter();
  const subgraph = await createRegionsServer({
    connection: database.connection,
    logger: silentLogger,
    callerSecret: secrets.callerSecret,
    onQuery: statements.onQuery,
  });
  await subgraph.app.listen({ host: '127.0.0.1', port: 0 });
  const subgraphUrl = urlOf(subgraph.app.server.address());
  const gateway = await startTestGateway({ subgraphUrls: { regions: subgraphUrl }, ...secrets });
  return {
    ...secrets,
    db: database.connection.drizzle(),
    statements,
    subgraphUrl,
    gatewayUrl: gateway.url,
    async stop() {
      await gateway.close();
      await subgraph.app.close();
      await database.dispose();
    },
  };
}

export type RunningRegions = Awaited<ReturnType<typeof startRegions>>;
