import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { repositoryRoot, routingUrlOf, type ServiceName, serviceDir, serviceNames } from '@mitmach/registry';
import { parse } from 'graphql';

/** One subgraph as composition sees it: its name, where the gateway reaches it, and its whole SDL. */
export interface SubgraphSdl {
  name: string;
  routingUrl: string;
  sdl: string;
}

/** Composes the supergraph; throws with every composition error when it fails. */
export function composeSupergraph(subgraphs: readonly SubgraphSdl[]): string {
  const result = composeServices(
    subgraphs.map((subgraph) => ({ name: subgraph.name, url: subgraph.routingUrl, typeDefs: parse(subgraph.sdl) })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}

/** The registered services' SDL as codegen wrote it (`src/generated/schema.graphql`), with their routing URLs. */
export function registeredSubgraphSdl(names: readonly ServiceName[] = serviceNames): SubgraphSdl[] {
  return names.map((name) => ({
    name,
    routingUrl: routingUrlOf(name),
    sdl: readFileSync(join(repositoryRoot, serviceDir(name), 'src/generated/schema.graphql'), 'utf8'),
  }));
}
