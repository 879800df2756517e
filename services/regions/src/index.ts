export { regionSeedId, seedDemoRegions } from './seed/seed';
// The registry loads every service's definition by the name `subgraph`.
export { regionsSubgraph, regionsSubgraph as subgraph } from './subgraph';
