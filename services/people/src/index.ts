export { seedDemoPeople } from './seed/seed';
export { createPeopleServer, databaseSchema, migratePeople, peopleModule } from './service';
export { subgraphName } from './subgraph';
