/** Each fragment spreads the next one twice: under 2 KB of text, 2^30 fields once expanded. */
function fragmentChain(depth: number): string {
  const fragments = Array.from(
    { length: depth },
    (_, i) => `fragment F${i} on Region { name ...F${i + 1} ...F${i + 1} }`,
  ).join('\n');
  return `{ regions(first: 1) { edges { node { ...F0 } } } }\n${fragments}\nfragment F${depth} on Region { id }`;
}

/** Documents built to exhaust a GraphQL server, each small enough to pass the body limit. */
export const hostileDocuments: Record<string, string> = {
  'a fragment chain 30 deep that spreads each next fragment twice': fragmentChain(30),
  '10,000 aliases': `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: regions(first: 1) { totalCount }`).join(' ')} }`,
  '100 KB of tokens': `{ regions(first: 1) { totalCount ${'__typename '.repeat(9_000)} } }`,
  'nesting 60 levels deep': `{ ${'regions(first: 1) { edges { node { peerGroup { '.repeat(15)} id ${'} } } } '.repeat(15)} }`,
  '500 directives': `{ regions(first: 1) { totalCount ${'@include(if: true) '.repeat(500)} } }`,
};

/** What a partner's page asks. */
export const ordinaryQuery = '{ regions(first: 20) { edges { node { name country } } } }';
