export { seedDemoLearning } from './seed/seed';
// The registry loads every service's definition by the name `subgraph`.
export { learningSubgraph, learningSubgraph as subgraph } from './subgraph';
