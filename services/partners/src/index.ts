// The registry loads every service's definition by the name `subgraph`.
export { partnersSubgraph, partnersSubgraph as subgraph } from './subgraph';
