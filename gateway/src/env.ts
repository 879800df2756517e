import { readCallerKey } from '@mitmach/auth';
import {
  booleanFlag,
  host,
  httpUrl,
  logLevel,
  nodeEnv,
  parseEnvOrExit,
  port,
  positiveInteger,
  positiveMilliseconds,
  postgresUrl,
  secret,
} from '@mitmach/config';
import { eventTransportVariables, transportSettingsProblems } from '@mitmach/events';
import { challengeKeyProblems, challengeKeyVariable, defaultHttpLimits, tracingVariables } from '@mitmach/server-kit';
import { z } from 'zod';
import { dashboardOidcProblems } from './dashboard/dashboard-oidc';
import { type OperationLimits, parseLimits, publicLimits, staffLimits } from './edge/operation-limits/limits';
import { supergraphPath } from './paths';
import { productionProblems } from './production-checks';
import { parseSubgraphUrls } from './subgraph-urls';

/** A variable read by `parse`, whose message becomes the variable's problem. */
function parsed<Value>(parse: (value: string) => Value, fallback: Value) {
  return z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value) return fallback;
      try {
        return parse(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    });
}

function origins(value: string): string[] {
  return value.split(',').map((entry) => {
    const origin = entry.trim();
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new Error(`expected origins such as https://admin.example.org separated by commas, got "${origin}"`);
    }
    return origin;
  });
}

const redisUrl = () =>
  z.string().refine((value) => /^rediss?:\/\/.+/.test(value) && URL.canParse(value), {
    message: 'expected a redis:// or rediss:// URL',
  });

/** Proxy addresses or CIDR ranges, as Fastify's trustProxy takes them. */
function addresses(value: string): string[] {
  return value.split(',').map((entry) => {
    const address = entry.trim();
    if (!/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(address)) {
      throw new Error(`expected IP addresses or CIDR ranges separated by commas, got "${address}"`);
    }
    return address;
  });
}

const signingKey = z
  .string({ message: 'expected the Ed25519 private key (PEM, PKCS #8) the gateway signs caller headers with' })
  .superRefine((value, context) => {
    try {
      readCallerKey(value, 'private');
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });

export const env = parseEnvOrExit(
  {
    NODE_ENV: nodeEnv(),
    HOST: host('0.0.0.0'),
    PORT: port(4000),
    LOG_LEVEL: logLevel(),
    SUPERGRAPH_PATH: z.string().default(supergraphPath),
    SUBGRAPH_URLS: parsed(parseSubgraphUrls, {}),
    CALLER_SIGNING_KEY: signingKey,
    JWT_SECRET: secret(32).optional(),
    ALLOW_HS256: booleanFlag(false),
    JWKS_URL: httpUrl().optional(),
    JWT_ISSUER: z.string().optional(),
    JWT_AUDIENCE: z.string().optional(),
    AUTHORIZED_ORIGINS: parsed(origins, []),
    OPERATION_LIMITS: parsed<OperationLimits>((value) => parseLimits(value, publicLimits), publicLimits),
    STAFF_OPERATION_LIMITS: parsed<OperationLimits>((value) => parseLimits(value, staffLimits), staffLimits),
    MAX_STRING_LENGTH: positiveInteger(10_000),
    SUBGRAPH_TIMEOUT_MS: positiveMilliseconds(10_000),
    ANONYMOUS_REQUESTS_PER_MINUTE: positiveInteger(120),
    AUTHENTICATED_REQUESTS_PER_MINUTE: positiveInteger(1_200),
    REDIS_URL: redisUrl().optional(),
    REDIS_KEY_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9:_-]{1,40}$/, { message: 'expected 1–40 letters, digits, ":", "_" or "-"' })
      .default('mitmach-'),
    TRUSTED_PROXIES: parsed(addresses, []),
    API_KEY_CACHE_MS: positiveMilliseconds(5_000),
    REQUEST_TIMEOUT_MS: positiveMilliseconds(defaultHttpLimits.requestTimeoutMs),
    BODY_LIMIT_BYTES: positiveInteger(defaultHttpLimits.bodyBytes),
    HEADER_LIMIT_BYTES: positiveInteger(defaultHttpLimits.headerBytes),
    DASHBOARD_OIDC_ISSUER: httpUrl().optional(),
    DASHBOARD_OIDC_CLIENT_ID: z.string().min(1).max(200).optional(),
    DASHBOARD_OIDC_SCOPE: z.string().min(1).max(500).default('openid'),
    // Where the response cache learns of changes: the Postgres event log (DATABASE_URL) or Kafka.
    DATABASE_URL: postgresUrl().optional(),
    RESPONSE_CACHE_MAX_AGE_SECONDS: positiveInteger(300),
    ALTCHA_HMAC_KEY: challengeKeyVariable(),
    CHALLENGES_PER_MINUTE: positiveInteger(30),
    ...eventTransportVariables,
    ...tracingVariables,
  },
  process.env,
  (settings) => [
    ...productionProblems(settings),
    ...challengeKeyProblems(settings),
    ...dashboardOidcProblems(settings),
    ...(settings.EVENT_TRANSPORT === 'kafka' ? transportSettingsProblems(settings) : []),
  ],
);
