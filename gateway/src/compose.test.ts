import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { subgraphs } from '../supergraph.config';
import { composeSupergraph } from './compose';
import { repositoryRoot, supergraphPath } from './paths';

describe('supergraph composition', () => {
  it('composes every subgraph into exactly the committed supergraph.graphql', () => {
    expect(readFileSync(supergraphPath, 'utf8')).toBe(composeSupergraph(repositoryRoot, subgraphs));
  });

  it('fails with the composition errors when two subgraphs disagree', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'compose-'));
    try {
      cpSync(join(repositoryRoot, 'services/regions/src'), join(scratch, 'a/src'), { recursive: true });
      cpSync(join(repositoryRoot, 'services/regions/src/schema'), join(scratch, 'b/src/schema'), { recursive: true });
      writeFileSync(
        join(scratch, 'b/src/schema/conflict.graphql'),
        'type Region @key(fields: "id") { id: UUID! name: Int! }\ntype Query { probe: Region }\n',
      );
      expect(() =>
        composeSupergraph(scratch, [
          { name: 'a', packageDir: 'a', routingUrl: 'http://a/graphql' },
          { name: 'b', packageDir: 'b', routingUrl: 'http://b/graphql' },
        ]),
      ).toThrow(/Composition failed:\n {2}- .*Region\.name/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
