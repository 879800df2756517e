import { describe, expect, it } from 'vitest';
import { bearerVerification } from './bearer-config';
import { parseSubgraphUrls } from './subgraph-urls';

describe('gateway configuration', () => {
  it('parses SUBGRAPH_URLS and names the pair it cannot read', () => {
    expect(parseSubgraphUrls('regions=http://localhost:4001/graphql, people=http://people:4002/graphql')).toEqual({
      regions: 'http://localhost:4001/graphql',
      people: 'http://people:4002/graphql',
    });
    expect(() => parseSubgraphUrls('regions=ftp://x')).toThrow('got "regions=ftp://x"');
    expect(() => parseSubgraphUrls('regions')).toThrow(/name=http\(s\)-URL pairs/);
  });

  it('needs exactly one way to verify tokens', () => {
    expect(
      bearerVerification({ JWKS_URL: 'https://id.example.org/jwks', JWT_ISSUER: 'https://id.example.org' }),
    ).toEqual({
      kind: 'jwks',
      jwksUrl: 'https://id.example.org/jwks',
      issuer: 'https://id.example.org',
    });
    expect(bearerVerification({ JWT_SECRET: 's'.repeat(32) })).toEqual({ kind: 'secret', secret: 's'.repeat(32) });
    expect(() => bearerVerification({})).toThrow(/Set JWKS_URL/);
    expect(() => bearerVerification({ JWT_SECRET: 's'.repeat(32), JWKS_URL: 'https://x' })).toThrow(/not both/);
  });
});
