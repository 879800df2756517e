/** An entity another subgraph owns, known here only by its key. */
export interface EntityReference {
  id: string;
}
