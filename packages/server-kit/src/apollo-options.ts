import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { errorCodes } from './errors';

const knownCodes = new Set<string>([
  ...Object.values(errorCodes),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** A client error Apollo raises without a code but with a 4xx status, such as a persisted query's wrong hash. */
function clientStatusOf(error: unknown): number | null {
  const status = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

/** Postgres cancelled a statement for running past statement_timeout (SQLSTATE 57014), somewhere in the cause chain. */
function isStatementTimeout(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if ((cause as { code?: unknown }).code === '57014') return true;
  }
  return false;
}

/**
 * Errors keep their code and message when they were raised on purpose; anything unexpected is logged in full and
 * reaches the client only as INTERNAL_SERVER_ERROR, so no stack trace or SQL leaves the server.
 */
export function formatErrorFor(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    // Apollo labels anything thrown without a code INTERNAL_SERVER_ERROR; only the other known codes were set on purpose
    // (by our resolvers, by validation, or by a subgraph whose own formatter already masked its internals).
    const deliberate = typeof code === 'string' && code !== errorCodes.internal && knownCodes.has(code);
    if (deliberate) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (clientStatusOf(original) !== null && !formatted.path) {
      return { message: formatted.message, extensions: { code: errorCodes.badRequest } };
    }
    if (isStatementTimeout(original)) {
      logger.warn({ err: original, path: formatted.path }, 'database statement timed out');
      return {
        message: 'The database did not answer in time; try again, or ask for less.',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: errorCodes.databaseTimeout },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in resolver');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: errorCodes.internal },
    };
  };
}

export function baseApolloOptions<Context extends BaseContext>(
  logger: Logger,
): Pick<ApolloServerOptions<Context>, 'includeStacktraceInErrorResponses' | 'formatError' | 'logger'> {
  return {
    includeStacktraceInErrorResponses: false,
    formatError: formatErrorFor(logger),
    logger,
  };
}
