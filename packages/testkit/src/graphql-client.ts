export interface GraphqlResponse<Data = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: Data | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
}

export interface GraphqlRequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** Sends one GraphQL operation and returns the status, headers and body. */
export type GraphqlQuery = <Data = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  options?: GraphqlRequestOptions,
) => Promise<GraphqlResponse<Data>>;

/** Posts GraphQL over real HTTP, as a partner website or admin frontend would. */
export function graphqlClient(url: string): GraphqlQuery {
  return async <Data = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: GraphqlRequestOptions = {},
  ): Promise<GraphqlResponse<Data>> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as GraphqlResponse<Data>['body'],
    };
  };
}

/** The error codes of a response, in order. */
export function errorCodes(response: GraphqlResponse<unknown>): unknown[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}
