/** A region as this subgraph knows it: only its id; everything else comes from the regions subgraph. */
export interface RegionReference {
  id: string;
}

/** A field of action as this subgraph knows it: only its slug, resolved by the regions subgraph. */
export interface FieldOfActionReference {
  slug: string;
}

export const regionReference = (id: string): RegionReference => ({ id });
