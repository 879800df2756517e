import type { GraphQLNamedType, GraphQLResolveInfo } from 'graphql';

interface CacheHint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

// Apollo Server adds `cacheControl` to the resolve info when its cache-control plugin runs.
interface WithCacheControl {
  cacheControl?: {
    setCacheHint(hint: CacheHint): void;
    cacheHintFromType(type: GraphQLNamedType): CacheHint | undefined;
  };
}

/**
 * Entity fetches from the gateway go through `_entities`, which returns a union without a cache hint, so the answer
 * would never be cacheable; the reference resolver lends it the hint of the entity's own type.
 */
export function hintEntityType(info: GraphQLResolveInfo, typeName: string): void {
  // The schema comes from @apollo/subgraph's copy of graphql, so no instanceof checks of this module's copy here.
  const type = info.schema.getType(typeName);
  const cacheControl = (info as GraphQLResolveInfo & WithCacheControl).cacheControl;
  const hint = type && cacheControl?.cacheHintFromType(type);
  if (hint) cacheControl?.setCacheHint(hint);
}
