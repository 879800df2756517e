export type SubgraphState = 'ready' | 'unavailable';

function readinessUrl(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '')}/health/ready`;
  return url.toString();
}

/** Asks every subgraph's readiness endpoint, in parallel, with a short timeout each. */
export async function subgraphHealth(urls: ReadonlyMap<string, string>): Promise<Record<string, SubgraphState>> {
  const entries = await Promise.all(
    [...urls].map(async ([name, url]): Promise<[string, SubgraphState]> => {
      try {
        const response = await fetch(readinessUrl(url), { signal: AbortSignal.timeout(2000) });
        return [name, response.ok ? 'ready' : 'unavailable'];
      } catch {
        return [name, 'unavailable'];
      }
    }),
  );
  return Object.fromEntries(entries);
}
