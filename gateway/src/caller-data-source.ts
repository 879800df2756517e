import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { type Caller, callerHeader, signCallerHeader } from '@mitmach/auth';
import { requestIdHeader } from '@mitmach/server-kit';

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
}
