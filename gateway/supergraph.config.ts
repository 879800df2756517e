/**
 * The subgraphs the gateway composes. `routingUrl` is where the gateway finds each one in the distributed topology
 * (docker-compose service names); SUBGRAPH_URLS overrides it per deployment, and embedded mode points it at the
 * in-process servers.
 */
export interface SubgraphConfig {
  name: string;
  /** Package folder, relative to the repository root; its SDL lives in src/schema and src/modules. */
  packageDir: string;
  routingUrl: string;
}

export const subgraphs: SubgraphConfig[] = [
  { name: 'regions', packageDir: 'services/regions', routingUrl: 'http://regions:4001/graphql' },
];
