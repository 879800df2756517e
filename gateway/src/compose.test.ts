import { readFileSync } from 'node:fs';
import { baseSdl } from '@mitmach/server-kit';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, registeredSubgraphSdl } from './compose';
import { supergraphPath } from './paths';

describe('supergraph composition', () => {
  it('composes every registered subgraph into exactly the committed supergraph.graphql', () => {
    expect(readFileSync(supergraphPath, 'utf8')).toBe(composeSupergraph(registeredSubgraphSdl()));
  });

  it('fails with the composition errors when two subgraphs disagree', () => {
    const [regions] = registeredSubgraphSdl(['regions']);
    const disagreeing = {
      name: 'other',
      routingUrl: 'http://other/graphql',
      sdl: `${baseSdl}\ntype Region @key(fields: "id") { id: UUID! name: Int! }\ntype Query { probe: Region }\n`,
    };
    expect(() => composeSupergraph([...(regions ? [regions] : []), disagreeing])).toThrow(
      /Composition failed:\n {2}- .*Region\.name/,
    );
  });
});
