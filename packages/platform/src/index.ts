export { type EmbeddedPlatform, type EmbeddedPlatformOptions, startEmbeddedPlatform } from './embedded-platform';
export { subgraphModules } from './subgraph-modules';
