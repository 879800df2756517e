import { readCallerKey } from '@mitmach/auth';
import {
  booleanFlag,
  host,
  logLevel,
  nodeEnv,
  parseEnvOrExit,
  port,
  positiveInteger,
  positiveMilliseconds,
  postgresUrl,
} from '@mitmach/config';
import { eventTransportVariables, transportSettingsProblems } from '@mitmach/events';
import { z } from 'zod';
import { tracingVariables } from './tracing/variables';

const callerVerificationKey = () =>
  z.string({ message: "expected the gateway's Ed25519 public key in PEM (SPKI)" }).superRefine((value, context) => {
    try {
      readCallerKey(value, 'public');
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });

/** The variables every subgraph service reads; only the default port differs between services. */
export function serviceVariables(defaultPort: number) {
  return {
    NODE_ENV: nodeEnv(),
    DATABASE_URL: postgresUrl(),
    DATABASE_STATEMENT_TIMEOUT_MS: positiveMilliseconds(15_000),
    DATABASE_IDLE_TRANSACTION_TIMEOUT_MS: positiveMilliseconds(60_000),
    HOST: host('0.0.0.0'),
    PORT: port(defaultPort),
    CALLER_VERIFICATION_KEY: callerVerificationKey(),
    ALLOW_UNSIGNED_CALLERS: booleanFlag(false),
    LOG_LEVEL: logLevel(),
    SEED_DEMO_DATA: booleanFlag(false),
    EVENT_RETENTION_HOURS: positiveInteger(168),
    ...eventTransportVariables,
    ...tracingVariables,
  };
}

type Settings = z.infer<z.ZodObject<ReturnType<typeof serviceVariables>>>;

/** Variables that are each valid but must not meet: a production service that lets unsigned callers in, say. */
function serviceProblems(settings: Settings): string[] {
  return [
    ...transportSettingsProblems(settings),
    ...(settings.NODE_ENV === 'production' && settings.ALLOW_UNSIGNED_CALLERS
      ? ['ALLOW_UNSIGNED_CALLERS: refused in production, where every caller must be one the gateway signed']
      : []),
  ];
}

/** A service's configuration from the process environment; a wrong variable stops the process, naming it. */
export function readServiceEnv(defaultPort: number) {
  return parseEnvOrExit(serviceVariables(defaultPort), process.env, serviceProblems);
}

export type ServiceSettings = ReturnType<typeof readServiceEnv>;
