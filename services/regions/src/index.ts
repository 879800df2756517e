export { regionSeedId, seedDemoRegions } from './seed/seed';
export { createRegionsServer, databaseSchema, migrateRegions, regionsModule } from './service';
export { subgraphName } from './subgraph';
