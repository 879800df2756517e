import { readFileSync } from 'node:fs';
import { createBearerVerifier } from '@mitmach/auth';
import { createLogger, startTracing, stopOnSignals } from '@mitmach/server-kit';
import { bearerVerification } from './bearer-config';
import { env } from './env';
import { createGatewayServer } from './gateway-server';

const logger = createLogger('gateway', env.LOG_LEVEL);
const tracing = startTracing(env, { serviceName: 'gateway', logger });
let verification: ReturnType<typeof bearerVerification>;
try {
  verification = bearerVerification(env);
} catch (error) {
  process.stderr.write(`Invalid configuration:\n  - ${(error as Error).message}\n`);
  process.exit(1);
}
const { app } = await createGatewayServer({
  supergraphSdl: readFileSync(env.SUPERGRAPH_PATH, 'utf8'),
  subgraphUrls: env.SUBGRAPH_URLS,
  verifyBearer: createBearerVerifier(verification),
  callerSecret: env.CALLER_CONTEXT_SECRET,
  logger,
  maxQueryDepth: env.MAX_QUERY_DEPTH,
});
await app.listen({ host: env.HOST, port: env.PORT });
stopOnSignals(logger, async () => {
  await app.close();
  await tracing?.shutdown();
});
