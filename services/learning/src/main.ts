import { connectPostgres } from '@mitmach/db';
import { createLogger, stopOnSignals } from '@mitmach/server-kit';
import { env } from './env';
import { seedDemoLearning } from './seed/seed';
import { createLearningServer, migrateLearning } from './service';
import { subgraphName } from './subgraph';

const logger = createLogger(`${subgraphName}-service`, env.LOG_LEVEL);
const connection = connectPostgres({ url: env.DATABASE_URL, applicationName: `${subgraphName}-service` });
await migrateLearning(connection);
if (env.SEED_DEMO_DATA) {
  const result = await seedDemoLearning(connection.drizzle());
  logger.info(result, 'demo data');
}
const { app } = await createLearningServer({ connection, logger, callerSecret: env.CALLER_CONTEXT_SECRET });
await app.listen({ host: env.HOST, port: env.PORT });
stopOnSignals(logger, async () => {
  await app.close();
  await connection.close();
});
