/** Parses SUBGRAPH_URLS: "regions=http://localhost:4001/graphql,people=http://localhost:4002/graphql". */
export function parseSubgraphUrls(value: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const pair of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [name, url, ...rest] = pair.split('=');
    if (!name || !url || rest.length > 0 || !URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
      throw new Error(`expected name=http(s)-URL pairs separated by commas, got "${pair}"`);
    }
    urls[name] = url;
  }
  return urls;
}
