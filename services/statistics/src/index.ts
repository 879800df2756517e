export { ConsumerRunningError, type RebuildContext, rebuildStatistics } from './rebuild/rebuild-statistics';
export { seedDemoStatistics } from './seed/seed';
export { createStatisticsServer, databaseSchema, migrateStatistics, statisticsModule } from './service';
export { subgraphName } from './subgraph';
