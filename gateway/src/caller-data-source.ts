import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { type Caller, type CallerSigner, callerHeader } from '@mitmach/auth';
import { errorCodes, requestIdHeader } from '@mitmach/server-kit';
import { propagation, type TextMapSetter, context as traceContext } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';

const headerSetter: TextMapSetter<{ set(name: string, value: string): void }> = {
  set: (headers, name, value) => headers.set(name, value),
};

export interface GatewayContext {
  caller: Caller;
  requestId: string;
}

export interface CallerDataSourceOptions {
  name: string;
  url: string;
  signer: CallerSigner;
  timeoutMs: number;
}

/**
 * Forwards the verified caller (signed for this subgraph, short-lived), the request id and the trace context to every subgraph call (the
 * gateway's fetch span is active here, so the subgraph's spans become its children), and gives up on a subgraph that
 * takes longer than the timeout with an error coded for it.
 */
export class CallerDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly signer: CallerSigner;
  private readonly serviceName: string;
  private readonly timeoutMs: number;

  constructor(options: CallerDataSourceOptions) {
    const fetcher = (input: string, init: RequestInit) =>
      fetch(input, { ...init, signal: AbortSignal.timeout(options.timeoutMs) });
    super({ url: options.url, fetcher: fetcher as unknown as RemoteGraphQLDataSource['fetcher'] });
    this.signer = options.signer;
    this.serviceName = options.name;
    this.timeoutMs = options.timeoutMs;
  }

  override didEncounterError(error: Error): never {
    if (error.name === 'TimeoutError') {
      throw new GraphQLError(`The ${this.serviceName} service did not answer within ${this.timeoutMs} ms.`, {
        extensions: { code: errorCodes.gatewayTimeout, service: this.serviceName },
      });
    }
    throw error;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (request.http) propagation.inject(traceContext.active(), request.http.headers, headerSetter);
    if (!('caller' in context) || !context.caller) return;
    request.http?.headers.set(callerHeader, await this.signer.sign(context.caller, this.serviceName));
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
