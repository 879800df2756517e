export { reapplyErasures } from './modules/gdpr/reapply-erasures';
export { seedDemoPeople } from './seed/seed';
// The registry loads every service's definition by the name `subgraph`.
export { peopleSubgraph, peopleSubgraph as subgraph } from './subgraph';
