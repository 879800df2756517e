import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { type Caller, type CallerSigner, callerClass, callerHeader, seesOnlyPublic } from '@mitmach/auth';
import { errorCodes, requestIdHeader } from '@mitmach/server-kit';
import { propagation, type TextMapSetter, context as traceContext } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import { InflightFetches } from './inflight-fetches';
import type { FetchCache, FetchHint } from './response-cache/fetch-cache';
import type { ResponseCacheTicket } from './response-cache/response-cache';
import {
  createSubgraphBreaker,
  isUnavailableStatus,
  type SubgraphBreaker,
  type SubgraphFault,
  subgraphFaultOf,
} from './subgraph-breaker';
import { fetchedPaths } from './unavailable-paths';

type FetchResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

const headerSetter: TextMapSetter<{ set(name: string, value: string): void }> = {
  set: (headers, name, value) => headers.set(name, value),
};

export interface GatewayContext {
  caller: Caller;
  requestId: string;
  /** Where the response cache takes the operation's tags from, when the answer may be kept. */
  cacheTicket?: ResponseCacheTicket;
}

export interface CallerDataSourceOptions {
  name: string;
  url: string;
  signer: CallerSigner;
  timeoutMs: number;
  /** Where the answers to public reads' fetches are kept; without it every fetch goes to the subgraph. */
  fetchCache?: FetchCache | null;
}

/** A subgraph that answered with 502–504: down, or on its way up or down. */
class UnavailableResponseError extends Error {}

const ownData = (response: FetchResponse): FetchResponse =>
  response.data ? { ...response, data: structuredClone(response.data) } : response;

/**
 * What makes two fetches interchangeable: the same document and variables for the same caller class, within a read.
 * Every fetch of a mutation, including the reads that follow its writes, goes out on its own.
 */
function sharedFetchKey(options: GraphQLDataSourceProcessOptions<GatewayContext>): string | null {
  if (!('incomingRequestContext' in options) || options.incomingRequestContext.operation?.operation !== 'query') {
    return null;
  }
  const caller = 'caller' in options.context ? options.context.caller : undefined;
  if (!caller || !options.request.query) return null;
  return `${callerClass(caller)}\u0000${options.request.query}\u0000${JSON.stringify(options.request.variables ?? {})}`;
}

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;

/** The cache policy of the incoming operation, which each fetch's answer restricts. */
function policyOf(options: ProcessOptions) {
  if (!('incomingRequestContext' in options)) return null;
  const policy = options.incomingRequestContext.overallCachePolicy;
  return policy && 'restrict' in policy ? policy : null;
}

/** The hint of a subgraph's cache-control header, read as Apollo's data source reads it. */
function hintOf(cacheControl: string | null | undefined): { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } {
  const maxAge = /(?:^|,)\s*max-age=(\d+)/.exec(cacheControl ?? '')?.[1];
  const hint: { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } = { maxAge: maxAge ? Number(maxAge) : 0 };
  if (/(?:^|,)\s*private\b/.test(cacheControl ?? '')) hint.scope = 'PRIVATE';
  if (/(?:^|,)\s*public\b/.test(cacheControl ?? '')) hint.scope = 'PUBLIC';
  return hint;
}

const cacheControlOf = (response: FetchResponse) =>
  (response as { http?: { headers?: { get(name: string): string | null } } }).http?.headers?.get('cache-control') ??
  null;

/**
 * Forwards the verified caller (signed for this subgraph, short-lived), the request id and the trace context to every
 * subgraph call (the gateway's fetch span is active here, so the subgraph's spans become its children). A subgraph
 * that cannot be reached or takes longer than the timeout costs only the fields asked of it: the fetch answers with
 * an error at each of their paths, naming the service, and the gateway returns the rest of the data. A circuit
 * breaker makes a subgraph that keeps failing cost nothing until a trial fetch finds it back.
 */
export class CallerDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly signer: CallerSigner;
  private readonly serviceName: string;
  private readonly timeoutMs: number;
  private readonly inflight = new InflightFetches<FetchResponse>(ownData);
  private readonly fetchCache: FetchCache | null;
  readonly breaker: SubgraphBreaker;

  constructor(options: CallerDataSourceOptions) {
    const breaker = createSubgraphBreaker({ timeoutMs: options.timeoutMs });
    super({ url: options.url, fetcher: breaker.fetch as unknown as RemoteGraphQLDataSource['fetcher'] });
    this.breaker = breaker;
    this.signer = options.signer;
    this.serviceName = options.name;
    this.timeoutMs = options.timeoutMs;
    this.fetchCache = options.fetchCache ?? null;
  }

  /**
   * Identical reads in flight at the same time share one fetch, as partner sites send the same query many times. A
   * public read's fetch that was answered before is answered from the fetch cache while the subgraph's max-age lasts.
   * Whoever gets an answer has the operation's cache policy restricted by it, as the fetch that went out had.
   */
  override async process(options: ProcessOptions): Promise<FetchResponse> {
    const key = sharedFetchKey(options);
    if (key === null) return this.fetchOnce(options);
    const cacheKey = this.publicFetchKey(options);
    if (cacheKey !== null && this.fetchCache) {
      const cached = await this.fetchCache.get(cacheKey).catch(() => null);
      if (cached) {
        this.restrict(options, cached.hint);
        return cached.answer as FetchResponse;
      }
    }
    const response = await this.inflight.share(key, async () => {
      const fetched = await this.fetchOnce(options);
      // Kept before the gateway writes into the answer.
      if (cacheKey !== null && 'incomingRequestContext' in options && options.incomingRequestContext.document) {
        this.fetchCache?.keep(
          cacheKey,
          fetched,
          cacheControlOf(fetched),
          options.request.variables,
          options.incomingRequestContext.document,
        );
      }
      return fetched;
    });
    this.restrict(options, hintOf(cacheControlOf(response)));
    return response;
  }

  private publicFetchKey(options: ProcessOptions): string | null {
    const caller = 'caller' in options.context ? options.context.caller : undefined;
    if (!this.fetchCache || !caller || !seesOnlyPublic(caller) || !options.request.query) return null;
    return this.fetchCache.keyOf(this.serviceName, options.request.query, options.request.variables);
  }

  private restrict(options: ProcessOptions, hint: FetchHint | ReturnType<typeof hintOf>): void {
    policyOf(options)?.restrict(hint);
  }

  private async fetchOnce(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<FetchResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      const fault = error instanceof UnavailableResponseError ? 'unavailable' : subgraphFaultOf(error);
      if (!fault) throw error;
      const document = 'document' in options && options.document ? options.document : options.request.query;
      const paths = document ? fetchedPaths(document, options.request.variables) : [];
      return { errors: (paths.length > 0 ? paths : [undefined]).map((path) => this.faultError(fault, path)) };
    }
  }

  private faultError(fault: SubgraphFault, path: (string | number)[] | undefined): GraphQLError {
    const message =
      fault === 'timeout'
        ? `The ${this.serviceName} service did not answer within ${this.timeoutMs} ms.`
        : `The ${this.serviceName} service is unavailable.`;
    const code = fault === 'timeout' ? errorCodes.gatewayTimeout : errorCodes.serviceUnavailable;
    return new GraphQLError(message, { path, extensions: { code, service: this.serviceName } });
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
    if (isUnavailableStatus(response.status)) throw new UnavailableResponseError(String(response.status));
    const fallback = await super.errorFromResponse(response);
    const body = (fallback.extensions.response as { body?: unknown } | undefined)?.body as
      | { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] }
      | undefined;
    const first = body?.errors?.[0];
    if (typeof first?.message !== 'string') return fallback;
    return new GraphQLError(first.message, { extensions: { ...first.extensions } });
  }
}
