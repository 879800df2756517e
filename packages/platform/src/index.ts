export { type EmbeddedPlatform, type EmbeddedPlatformOptions, startEmbeddedPlatform } from './embedded-platform';
export { type SubgraphModule, subgraphModules } from './subgraph-modules';
