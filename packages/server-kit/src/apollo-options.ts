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
