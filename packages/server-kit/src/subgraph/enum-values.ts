import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { type GraphQLSchema, Kind, parse } from 'graphql';

/** Per enum type, the internal value of each GraphQL value name. */
export type EnumValues = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * The internal values of the enums an SDL defines. GraphQL spells enum values UPPER_CASE while the databases and the
 * events keep them lower_case, so each value's internal value is its name lower-cased.
 */
export function internalEnumValues(sdl: string): EnumValues {
  return Object.fromEntries(
    parse(sdl)
      .definitions.filter((definition) => definition.kind === Kind.ENUM_TYPE_DEFINITION)
      .map((definition) => [
        definition.name.value,
        Object.fromEntries((definition.values ?? []).map(({ name }) => [name.value, name.value.toLowerCase()])),
      ]),
  );
}

/**
 * The schema with the given internal enum values: resolvers return and receive them, clients keep seeing the names.
 * Passing them to `buildSubgraphSchema` as resolvers is not enough: graphql-js fixes argument and input field default
 * values when it builds the schema, so defaults would still reach resolvers as names, and introspecting them would fail.
 * `mapSchema` re-reads the defaults with the new values.
 */
export function withInternalEnumValues(schema: GraphQLSchema, values: EnumValues): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.ENUM_VALUE]: (config, typeName, _schema, name) => {
      const value = values[typeName]?.[name];
      return value === undefined ? config : { ...config, value };
    },
  });
}
