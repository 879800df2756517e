type ResolverMap = Record<string, object | undefined>;

/** Merges modules' resolver maps type by type, so that several modules may add fields to Query or to one entity. */
export function mergeResolvers(modules: readonly object[]): Record<string, object> {
  const maps = modules as readonly ResolverMap[];
  const types = [...new Set(maps.flatMap((map) => Object.keys(map)))];
  return Object.fromEntries(types.map((type) => [type, Object.assign({}, ...maps.map((map) => map[type] ?? {}))]));
}
