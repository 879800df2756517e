import { describe, expect, it } from 'vitest';
import { fetchedPaths } from './unavailable-paths';

describe('the paths a failed fetch reports its error at', () => {
  it('names each field of each representation of an entity fetch, for the types it applies to', () => {
    const query = `query($representations: [_Any!]!) {
      _entities(representations: $representations) {
        __typename
        ... on Region { actions(first: 3) { totalCount } recent: adoptions { totalCount } ...More }
        ... on Conference { resultingActions { id } }
      }
    }
    fragment More on Region { actions(first: 3) { totalCount } statistics { regions } }`;
    const representations = [
      { __typename: 'Region', id: 'a' },
      { __typename: 'Conference', id: 'b' },
    ];
    expect(fetchedPaths(query, { representations })).toEqual([
      ['_entities', 0, 'actions'],
      ['_entities', 0, 'recent'],
      ['_entities', 0, 'statistics'],
      ['_entities', 1, 'resultingActions'],
    ]);
  });

  it('names each root field of a root fetch by its response key', () => {
    expect(fetchedPaths('{ actions(first: 2) { totalCount } mine: actions { totalCount } __typename }', {})).toEqual([
      ['actions'],
      ['mine'],
    ]);
  });

  it('names nothing when the document holds no operation', () => {
    expect(fetchedPaths('fragment F on Region { id }', {})).toEqual([]);
  });
});
