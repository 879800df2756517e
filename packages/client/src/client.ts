import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface ClientOptions {
  /** The gateway's GraphQL endpoint, e.g. https://api.mitmach-regionen.example/graphql. */
  url: string;
  /** A partner key, sent as X-Api-Key. */
  apiKey?: string;
  /**
   * Send each operation as its registered hash (`documentId`) instead of its text: what a key made with
   * `persistedDocumentsOnly` requires once the manifest is registered for it.
   */
  persisted?: boolean;
  fetch?: typeof fetch;
}

export interface GraphqlErrorBody {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

export class ClientError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphqlErrorBody[],
  ) {
    super(errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; '));
  }
}

type Document<Result, Variables> = TypedDocumentNode<Result, Variables> & { __meta__?: { hash?: string } };

/** A typed client of the public API: the result type follows from the document passed. */
export function createClient(options: ClientOptions) {
  const send = options.fetch ?? fetch;
  return {
    async request<Result, Variables>(document: Document<Result, Variables>, variables?: Variables): Promise<Result> {
      const hash = document.__meta__?.hash;
      if (options.persisted && !hash) throw new Error('this document has no persisted hash; run npm run codegen');
      const operation = options.persisted ? { documentId: hash } : { query: print(document) };
      const response = await send(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(options.apiKey ? { 'x-api-key': options.apiKey } : {}),
        },
        body: JSON.stringify({ ...operation, variables: variables ?? {} }),
      });
      const body = (await response.json()) as { data?: Result | null; errors?: GraphqlErrorBody[] };
      if (body.errors?.length || !body.data) {
        throw new ClientError(response.status, body.errors ?? [{ message: `HTTP ${response.status}` }]);
      }
      return body.data;
    },
  };
}

export type Client = ReturnType<typeof createClient>;
