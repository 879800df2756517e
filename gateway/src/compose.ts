import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { readSubgraphSdl } from '@mitmach/server-kit';
import { parse } from 'graphql';
import type { SubgraphConfig } from '../supergraph.config';

/** Composes the supergraph from the subgraphs' SDL files; throws with every composition error when it fails. */
export function composeSupergraph(repositoryRoot: string, subgraphs: readonly SubgraphConfig[]): string {
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: subgraph.routingUrl,
      typeDefs: parse(readSubgraphSdl(join(repositoryRoot, subgraph.packageDir))),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}
