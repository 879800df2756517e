import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseLimits, publicLimits, staffLimits } from './limits';
import { countTokens, exceededLimit, measure, readDocument } from './measure';

const schema = buildSchema(`
  type Query { regions(first: Int, after: String): RegionConnection! region(id: ID!): Region }
  type RegionConnection { edges: [RegionEdge!]! totalCount: Int! }
  type RegionEdge { cursor: String! node: Region! }
  type Region {
    id: ID!
    name: String!
    neighbours: [Region!]!
    actions(first: Int = 5): ActionConnection!
  }
  type ActionConnection { edges: [ActionEdge!]! }
  type ActionEdge { node: Action! }
  type Action { title: String! }
`);

const ceiling = { depth: 100, aliases: 1000, directives: 1000, tokens: 100_000, selections: 1e12, cost: 1e12 };
const sizes = { defaultPageSize: 20 };

function measured(query: string, variables: Record<string, unknown> = {}) {
  const read = readDocument(schema, { query, operationName: null }, ceiling);
  if (read.kind !== 'read') throw new Error(`not read: ${read.kind}`);
  return measure(schema, read, variables, sizes);
}

/** A chain of fragments in which each spreads the next one twice: 2^n fields once expanded, n lines to read. */
function fragmentChain(n: number): string {
  const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Region { name ...F${i + 1} ...F${i + 1} }`);
  return `{ regions(first: 1) { edges { node { ...F0 } } } }\n${fragments.join('\n')}\nfragment F${n} on Region { id }`;
}

describe('measuring an operation before GraphQL sees it', () => {
  it('counts a connection of first: 100 inside another of first: 100 as 10,000 objects', () => {
    const nested = '{ regions(first: 100) { edges { node { actions(first: 100) { edges { node { title } } } } } } }';
    expect(measured(nested).cost).toBe(10_000);
  });

  it('adds siblings, uses the argument default and the default page size, reads variables, and counts plain lists once', () => {
    expect(measured('{ regions { edges { node { name } } } }').cost).toBe(20);
    expect(measured('{ regions(first: 10) { edges { node { actions { edges { node { title } } } } } } }').cost).toBe(
      50,
    );
    expect(
      measured('query($n: Int) { regions(first: $n) { totalCount edges { node { name neighbours { id } } } } }', {
        n: 7,
      }).cost,
    ).toBe(7);
  });

  it('measures a fragment chain 30 deep in a single walk: counting over a billion fields without expanding them', () => {
    // Expanding the chain would never end; a count past 2^30 can only come from walking each fragment once.
    const size = measured(fragmentChain(30));
    expect(size.selections).toBeGreaterThan(2 ** 30);
    expect(size.depth).toBe(4);
  });

  it('counts depth, aliases, directives and tokens', () => {
    const size = measured('{ a: region(id: 1) { name @include(if: true) } b: region(id: 2) { id } }');
    expect(size).toMatchObject({ depth: 2, aliases: 2, directives: 1 });
    expect(countTokens('{ region(id: 1) { name } }')).toBe(11);
  });

  it('names the first limit a measurement exceeds, with its value and maximum', () => {
    const size = measured(
      '{ regions(first: 100) { edges { node { a: actions(first: 100) { edges { node { title } } } b: actions(first: 200) { edges { node { title } } } } } } }',
    );
    expect(exceededLimit(size, publicLimits)).toEqual({ limit: 'cost', value: 30_000, maximum: 25_000 });
    expect(exceededLimit(size, staffLimits)).toBeNull();
  });

  it('counts the tokens of a huge document only one past the limit', () => {
    const huge = `{ ${'region(id: 1) { id } '.repeat(100_000)}}`;
    expect(countTokens(huge, publicLimits.tokens)).toBe(publicLimits.tokens + 1);
    expect(countTokens('{ region(id: 1) { name } }', 3)).toBe(4);
  });

  it('reads limits from a variable and names what is wrong with it', () => {
    expect(parseLimits('depth=12, cost=8000', publicLimits)).toEqual({ ...publicLimits, depth: 12, cost: 8000 });
    expect(() => parseLimits('height=3', publicLimits)).toThrow('got "height=3"');
    expect(() => parseLimits('depth=-1', publicLimits)).toThrow('depth must be a positive integer, got "-1"');
  });
});
