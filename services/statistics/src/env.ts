import { booleanFlag, host, logLevel, parseEnvOrExit, port, postgresUrl, secret } from '@mitmach/config';
import { eventTransportVariables } from '@mitmach/events';

export const env = parseEnvOrExit(
  {
    DATABASE_URL: postgresUrl(),
    HOST: host('0.0.0.0'),
    PORT: port(4006),
    CALLER_CONTEXT_SECRET: secret(32),
    LOG_LEVEL: logLevel(),
    SEED_DEMO_DATA: booleanFlag(false),
    ...eventTransportVariables,
  },
  process.env,
);
