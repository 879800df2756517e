import { booleanFlag, host, logLevel, parseEnvOrExit, port, postgresUrl, secret } from '@mitmach/config';
import { eventTransportVariables, transportSettingsProblems } from '@mitmach/events';
import { tracingVariables } from './tracing/variables';

/** The variables every subgraph service reads; only the default port differs between services. */
export function serviceVariables(defaultPort: number) {
  return {
    DATABASE_URL: postgresUrl(),
    HOST: host('0.0.0.0'),
    PORT: port(defaultPort),
    CALLER_CONTEXT_SECRET: secret(32),
    LOG_LEVEL: logLevel(),
    SEED_DEMO_DATA: booleanFlag(false),
    ...eventTransportVariables,
    ...tracingVariables,
  };
}

/** A service's configuration from the process environment; a wrong variable stops the process, naming it. */
export function readServiceEnv(defaultPort: number) {
  return parseEnvOrExit(serviceVariables(defaultPort), process.env, transportSettingsProblems);
}

export type ServiceSettings = ReturnType<typeof readServiceEnv>;
