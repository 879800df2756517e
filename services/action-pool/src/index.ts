export { seedDemoActions } from './seed/seed';
export { actionPoolModule, createActionPoolServer, databaseSchema, migrateActionPool } from './service';
export { subgraphName } from './subgraph';
