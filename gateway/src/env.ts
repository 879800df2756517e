import { host, httpUrl, logLevel, parseEnvOrExit, port, positiveInteger, secret } from '@mitmach/config';
import { tracingVariables } from '@mitmach/server-kit';
import { z } from 'zod';
import { supergraphPath } from './paths';
import { parseSubgraphUrls } from './subgraph-urls';

const subgraphUrls = z
  .string()
  .optional()
  .transform((value, context) => {
    if (!value) return {};
    try {
      return parseSubgraphUrls(value);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });

export const env = parseEnvOrExit(
  {
    HOST: host('0.0.0.0'),
    PORT: port(4000),
    LOG_LEVEL: logLevel(),
    SUPERGRAPH_PATH: z.string().default(supergraphPath),
    SUBGRAPH_URLS: subgraphUrls,
    CALLER_CONTEXT_SECRET: secret(32),
    JWT_SECRET: secret(32).optional(),
    JWKS_URL: httpUrl().optional(),
    JWT_ISSUER: z.string().optional(),
    JWT_AUDIENCE: z.string().optional(),
    MAX_QUERY_DEPTH: positiveInteger(12),
    ...tracingVariables,
  },
  process.env,
);
