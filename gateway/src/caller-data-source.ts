import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { type Caller, callerHeader, signCallerHeader } from '@mitmach/auth';
import { requestIdHeader } from '@mitmach/server-kit';
import { propagation, type TextMapSetter, context as traceContext } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';

const headerSetter: TextMapSetter<{ set(name: string, value: string): void }> = {
  set: (headers, name, value) => headers.set(name, value),
};

export interface GatewayContext {
  caller: Caller;
  requestId: string;
}

/**
 * Forwards the verified caller (signed, short-lived), the request id and the trace context to every subgraph call; the
 * gateway's fetch span is active here, so the subgraph's spans become its children.
 */
export class CallerDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly callerSecret: string,
  ) {
    super({ url, fetcher: fetch as unknown as RemoteGraphQLDataSource['fetcher'] });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (request.http) propagation.inject(traceContext.active(), request.http.headers, headerSetter);
    if (!('caller' in context) || !context.caller) return;
    request.http?.headers.set(callerHeader, await signCallerHeader(context.caller, this.callerSecret));
    request.http?.headers.set(requestIdHeader, context.requestId);
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
