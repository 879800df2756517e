import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
} from 'graphql';

type Path = (string | number)[];

interface Selected {
  /** The type a fragment limits the field to; null when it applies to any type. */
  typeCondition: string | null;
  responseKey: string;
}

function topLevelFields(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  typeCondition: string | null,
): Selected[] {
  return selectionSet.selections.flatMap((selection): Selected[] => {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__typename') return [];
      return [{ typeCondition, responseKey: selection.alias?.value ?? selection.name.value }];
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return topLevelFields(selection.selectionSet, fragments, selection.typeCondition?.name.value ?? typeCondition);
    }
    const fragment = fragments.get(selection.name.value);
    return fragment ? topLevelFields(fragment.selectionSet, fragments, fragment.typeCondition.name.value) : [];
  });
}

/**
 * The paths, in the subgraph's own answer, of every field a fetch asked for: `_entities.<index>.<field>` for each
 * representation of an entity fetch, `<field>` for a root fetch. The gateway maps such paths onto the client's
 * answer (`regions.edges.3.node.actions`), so an error at each of them lands where the data is missing.
 */
export function fetchedPaths(query: string | DocumentNode, variables: Record<string, unknown> | undefined): Path[] {
  const document = typeof query === 'string' ? parse(query) : query;
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) return [];
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const roots = topLevelFields(operation.selectionSet, fragments, null);
  const entities = operation.selectionSet.selections.find(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === '_entities',
  );
  const representations = variables?.representations;
  if (!entities || entities.kind !== Kind.FIELD || !entities.selectionSet || !Array.isArray(representations)) {
    return [...new Set(roots.map(({ responseKey }) => responseKey))].map((key) => [key]);
  }
  const fields = topLevelFields(entities.selectionSet, fragments, null);
  return representations.flatMap((representation: unknown, index) => {
    const typename = (representation as { __typename?: unknown } | null)?.__typename;
    const keys = fields
      .filter(({ typeCondition }) => typeCondition === null || typeCondition === typename)
      .map(({ responseKey }) => responseKey);
    return [...new Set(keys)].map((key) => ['_entities', index, key]);
  });
}
