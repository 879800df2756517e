import { connectPostgres } from '@mitmach/db';
import { createLogger, stopOnSignals } from '@mitmach/server-kit';
import { env } from './env';
import { seedDemoPeople } from './seed/seed';
import { createPeopleServer, migratePeople } from './service';
import { subgraphName } from './subgraph';

const logger = createLogger(`${subgraphName}-service`, env.LOG_LEVEL);
const connection = connectPostgres({ url: env.DATABASE_URL, applicationName: `${subgraphName}-service` });
await migratePeople(connection);
if (env.SEED_DEMO_DATA) {
  const result = await seedDemoPeople(connection.drizzle());
  logger.info(result, 'demo data');
}
const { app } = await createPeopleServer({ connection, logger, callerSecret: env.CALLER_CONTEXT_SECRET });
await app.listen({ host: env.HOST, port: env.PORT });
stopOnSignals(logger, async () => {
  await app.close();
  await connection.close();
});
