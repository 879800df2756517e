import { fileURLToPath } from 'node:url';
import { booleanFlag, host, logLevel, parseEnvOrExit, port, positiveInteger, secret } from '@mitmach/config';
import { embeddedJwtSecret } from '@mitmach/gateway';
import { challengeKeyVariable, developmentChallengeKey, tracingVariables } from '@mitmach/server-kit';
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
    ALTCHA_HMAC_KEY: challengeKeyVariable().default(developmentChallengeKey),
    ...tracingVariables,
  },
  process.env,
);

// The embedded mode is for development on one machine, where a partner's webhook receiver runs on localhost. The
// partners service in this process reads the flag from the environment, and refuses it under NODE_ENV=production.
process.env.ALLOW_PRIVATE_WEBHOOK_TARGETS = String(env.ALLOW_PRIVATE_WEBHOOK_TARGETS);

// The links in e-mails lead to this gateway unless PUBLIC_URL says where the platform is reached from outside; the
// people service in this process reads it from the environment.
process.env.PUBLIC_URL ??= `http://${['0.0.0.0', '::'].includes(env.HOST) ? 'localhost' : env.HOST}:${env.PORT}`;
// The gateway signs the proof-of-work challenges with the key the people service in this process checks them with.
process.env.ALTCHA_HMAC_KEY = env.ALTCHA_HMAC_KEY;
