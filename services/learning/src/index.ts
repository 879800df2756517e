export { seedDemoLearning } from './seed/seed';
export { createLearningServer, databaseSchema, learningModule, migrateLearning } from './service';
export { subgraphName } from './subgraph';
