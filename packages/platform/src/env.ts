import { fileURLToPath } from 'node:url';
import { booleanFlag, host, logLevel, parseEnvOrExit, port, positiveInteger, secret } from '@mitmach/config';
import { embeddedJwtSecret } from '@mitmach/gateway';
import { tracingVariables } from '@mitmach/server-kit';
import { z } from 'zod';

const defaultDataDir = fileURLToPath(new URL('../../../.data/pglite', import.meta.url));

export const env = parseEnvOrExit(
  {
    HOST: host('localhost'),
    PORT: port(4000),
    LOG_LEVEL: logLevel(),
    DATA_DIR: z.string().min(1).default(defaultDataDir),
    EPHEMERAL: booleanFlag(false),
    SEED_DEMO_DATA: booleanFlag(true),
    JWT_SECRET: secret(32).default(embeddedJwtSecret),
    ANONYMOUS_REQUESTS_PER_MINUTE: positiveInteger(120),
    AUTHENTICATED_REQUESTS_PER_MINUTE: positiveInteger(1_200),
    ALLOW_PRIVATE_WEBHOOK_TARGETS: booleanFlag(true),
    ...tracingVariables,
  },
  process.env,
);

// The embedded mode is for development on one machine, where a partner's webhook receiver runs on localhost. The
// partners service in this process reads the flag from the environment, and refuses it under NODE_ENV=production.
process.env.ALLOW_PRIVATE_WEBHOOK_TARGETS = String(env.ALLOW_PRIVATE_WEBHOOK_TARGETS);
