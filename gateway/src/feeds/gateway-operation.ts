import type { ApolloServer } from '@apollo/server';
import type { Caller } from '@mitmach/auth';
import { errorCodes } from '@mitmach/server-kit';
import type { GatewayContext } from '../caller-data-source';

/** A failure of a feed's GraphQL read, with the HTTP status and error code the feed answers with. */
export class FeedError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const statusOfCode: Record<string, number> = {
  [errorCodes.badUserInput]: 400,
  [errorCodes.notFound]: 404,
  [errorCodes.forbidden]: 403,
  [errorCodes.unauthenticated]: 401,
  [errorCodes.gatewayTimeout]: 504,
  [errorCodes.databaseTimeout]: 503,
};

export type RunOperation = <Data>(
  query: string,
  variables: Record<string, unknown>,
  caller: Caller,
  requestId: string,
) => Promise<Data>;

/**
 * Feeds read through the gateway's own GraphQL execution, as any client would: the same plan, the same signed caller
 * per subgraph, the same visibility rules. No feed reads a subgraph or a table of its own, so the API stays the one
 * source of what a conference is.
 */
export function gatewayOperations(apollo: ApolloServer<GatewayContext>): RunOperation {
  return async <Data>(query: string, variables: Record<string, unknown>, caller: Caller, requestId: string) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: { caller, requestId } });
    if (response.body.kind !== 'single') throw new Error('a feed operation answered incrementally');
    const { data, errors } = response.body.singleResult;
    const [first] = errors ?? [];
    if (first) {
      const code = typeof first.extensions?.code === 'string' ? first.extensions.code : errorCodes.internal;
      const status = statusOfCode[code];
      if (status) throw new FeedError(status, code, first.message);
      throw new FeedError(502, 'SERVICE_UNAVAILABLE', `The feed could not be read: ${first.message}`);
    }
    if (!data) throw new Error('a feed operation answered neither data nor errors');
    return data as Data;
  };
}
