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
  { name: 'people', packageDir: 'services/people', routingUrl: 'http://people:4002/graphql' },
  { name: 'conferences', packageDir: 'services/conferences', routingUrl: 'http://conferences:4003/graphql' },
  { name: 'learning', packageDir: 'services/learning', routingUrl: 'http://learning:4004/graphql' },
  { name: 'action-pool', packageDir: 'services/action-pool', routingUrl: 'http://action-pool:4005/graphql' },
  { name: 'statistics', packageDir: 'services/statistics', routingUrl: 'http://statistics:4006/graphql' },
];
