/** A region as this subgraph knows it: only its id; everything else about it is resolved by the regions subgraph. */
export interface RegionReference {
  id: string;
}
