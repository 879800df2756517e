export { type EmbeddedPlatform, type EmbeddedPlatformOptions, startEmbeddedPlatform } from './embedded-platform';
export { loadSubgraphs } from './load-subgraphs';
