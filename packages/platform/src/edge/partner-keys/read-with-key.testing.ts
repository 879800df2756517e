export const regionsQuery = '{ regions(first: 3) { edges { node { name } } } }';

/** Reads regions through the gateway with a key, from an origin (or none, as a server would). */
export async function readWithKey(
  gatewayUrl: string,
  secret: string,
  options: { origin?: string; headers?: Record<string, string>; body?: Record<string, unknown> } = {},
) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-key': secret,
      ...(options.origin ? { origin: options.origin } : {}),
      ...options.headers,
    },
    body: JSON.stringify(options.body ?? { query: regionsQuery }),
  });
  const body = (await response.json()) as {
    data?: { regions?: { edges: unknown[] } } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return { status: response.status, headers: response.headers, body };
}
