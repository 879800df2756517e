export { seedDemoActions } from './seed/seed';
// The registry loads every service's definition by the name `subgraph`.
export { actionPoolSubgraph, actionPoolSubgraph as subgraph } from './subgraph';
