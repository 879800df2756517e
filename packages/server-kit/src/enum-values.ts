/** GraphQL enum values are UPPER_CASE; the databases keep lower_case. */
export function toGraphqlEnum<Value extends string>(value: Value): Uppercase<Value> {
  return value.toUpperCase() as Uppercase<Value>;
}

export function fromGraphqlEnum<Value extends string>(value: Value): Lowercase<Value> {
  return value.toLowerCase() as Lowercase<Value>;
}
