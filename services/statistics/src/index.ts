export { ConsumerRunningError, type RebuildContext, rebuildStatistics } from './rebuild/rebuild-statistics';
export { seedDemoStatistics } from './seed/seed';
// The registry loads every service's definition by the name `subgraph`.
export { statisticsSubgraph, statisticsSubgraph as subgraph } from './subgraph';
