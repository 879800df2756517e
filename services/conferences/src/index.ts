export { seedDemoConferences } from './seed/seed';
export { conferencesModule, createConferencesServer, databaseSchema, migrateConferences } from './service';
export { subgraphName } from './subgraph';
