import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { type Caller, callerHeader, signCallerHeader } from '@mitmach/auth';
import { requestIdHeader } from '@mitmach/server-kit';
import { GraphQLError } from 'graphql';

export interface GatewayContext {
  caller: Caller;
  requestId: string;
  traceparent?: string;
}

/** Forwards the verified caller (signed, short-lived) and the request id to every subgraph call. */
export class CallerDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly callerSecret: string,
  ) {
    super({ url, fetcher: fetch as unknown as RemoteGraphQLDataSource['fetcher'] });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!('caller' in context) || !context.caller) return;
    request.http?.headers.set(callerHeader, await signCallerHeader(context.caller, this.callerSecret));
    request.http?.headers.set(requestIdHeader, context.requestId);
    if (context.traceparent) request.http?.headers.set('traceparent', context.traceparent);
  }

  // A subgraph answers invalid arguments (a malformed UUID literal, say) with HTTP 400 and a GraphQL error body; the
  // client should see that error and its code rather than "400: Bad Request".
  override async errorFromResponse(response: Response): Promise<GraphQLError> {
    const fallback = await super.errorFromResponse(response);
    const body = (fallback.extensions.response as { body?: unknown } | undefined)?.body as
      | { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] }
      | undefined;
    const first = body?.errors?.[0];
    if (typeof first?.message !== 'string') return fallback;
    return new GraphQLError(first.message, { extensions: { ...first.extensions } });
  }
}
