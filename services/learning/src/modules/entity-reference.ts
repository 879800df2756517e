/** An entity owned by another subgraph, known here only by its key; the gateway asks its owner for the rest. */
export interface EntityReference {
  id: string;
}
