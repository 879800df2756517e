import { mkdirSync } from 'node:fs';
import { openPglite } from '@mitmach/db';
import { createLogger, startTracing, stopOnSignals } from '@mitmach/server-kit';
import { startEmbeddedPlatform } from './embedded-platform';
import { env } from './env';

const ephemeral = env.EPHEMERAL || process.argv.includes('--ephemeral');
const logger = createLogger('platform', env.LOG_LEVEL, { readable: process.stdout.isTTY });
const tracing = startTracing(env, { serviceName: 'platform', logger });
if (!ephemeral) mkdirSync(env.DATA_DIR, { recursive: true });
const connection = await openPglite(ephemeral ? {} : { dataDir: env.DATA_DIR });
const platform = await startEmbeddedPlatform({
  connection,
  logger,
  jwtSecret: env.JWT_SECRET,
  host: env.HOST,
  port: env.PORT,
  seedDemoData: env.SEED_DEMO_DATA,
  challengeKey: env.ALTCHA_HMAC_KEY,
  quotas: {
    anonymousPerMinute: env.ANONYMOUS_REQUESTS_PER_MINUTE,
    authenticatedPerMinute: env.AUTHENTICATED_REQUESTS_PER_MINUTE,
  },
});
process.stdout.write(
  [
    '',
    `Mitmach-Regionen platform (embedded, ${ephemeral ? 'ephemeral data' : `data in ${env.DATA_DIR}`})`,
    `  GraphQL gateway: ${platform.url}`,
    `  Subgraphs:       ${Object.entries(platform.subgraphUrls)
      .map(([name, url]) => `${name} ${url}`)
      .join(', ')}`,
    '  A token for mutations: npm run -s token -- --role staff',
    '  Stop with Ctrl-C.',
    '',
  ].join('\n'),
);
stopOnSignals(logger, async () => {
  await platform.stop();
  await connection.close();
  await tracing?.shutdown();
});
