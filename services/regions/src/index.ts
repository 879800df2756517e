export { regionSeedId, seedDemoRegions } from './seed/seed';
export { createRegionsServer, databaseSchema, migrateRegions, type RegionsServerOptions } from './service';
export { subgraphName } from './subgraph';
