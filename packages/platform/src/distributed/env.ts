import {
  booleanFlag,
  host,
  logLevel,
  parseEnvOrExit,
  port,
  positiveMilliseconds,
  postgresUrl,
  secret,
} from '@mitmach/config';
import { eventTransportVariables, transportSettingsProblems } from '@mitmach/events';
import { embeddedJwtSecret } from '@mitmach/gateway';

export const distributedEnv = parseEnvOrExit(
  {
    DATABASE_URL: postgresUrl().default('postgres://postgres@127.0.0.1:5432/postgres'),
    HOST: host('localhost'),
    PORT: port(4000).refine((value) => value > 0 && value <= 65_535 - 8, {
      message: 'expected a port with the next seven ports free for the subgraphs',
    }),
    LOG_LEVEL: logLevel(),
    SEED_DEMO_DATA: booleanFlag(true),
    JWT_SECRET: secret(32).default(embeddedJwtSecret),
    RESTART_DELAY_MS: positiveMilliseconds(1_000),
    ...eventTransportVariables,
  },
  process.env,
  transportSettingsProblems,
);

/** What every service and the gateway start with: the launcher's environment, so their own variables reach them. */
export const inheritedEnv: NodeJS.ProcessEnv = {
  ...process.env,
  LOG_LEVEL: distributedEnv.LOG_LEVEL,
  EVENT_TRANSPORT: distributedEnv.EVENT_TRANSPORT,
};
