export { seedDemoConferences } from './seed/seed';
// The registry loads every service's definition by the name `subgraph`.
export { conferencesSubgraph, conferencesSubgraph as subgraph } from './subgraph';
