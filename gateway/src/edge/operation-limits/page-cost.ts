import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromAST,
} from 'graphql';

export interface SizeOptions {
  /** The page size a connection returns when `first` is not given. */
  defaultPageSize: number;
}

export interface OperationSize {
  /** Fields once every fragment spread is expanded in place. */
  selections: number;
  /** Objects the answer may hold, multiplied along page sizes. */
  cost: number;
}

const none: OperationSize = { selections: 0, cost: 0 };

/**
 * The size of an operation without expanding it: each fragment is measured once and its size reused at every spread,
 * so a chain of fragments that spread the next one twice costs a walk of the document, not 2^n.
 */
export function measureSize(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  options: SizeOptions,
): OperationSize {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, OperationSize>();
  // A fragment cycle is a validation error reported later; here it only must not recurse forever.
  const measuring = new Set<string>();

  // Only paginated fields multiply, as GitHub counts: a plain list (a conference's days, a region's fields of action)
  // is short by design, and a connection's edges are the page its field asked for.
  function pageSize(node: FieldNode, field: GraphQLField<unknown, unknown>): number {
    const requested = ['first', 'last'].flatMap((name) => {
      const definition = field.args.find((argument) => argument.name === name);
      if (!definition) return [];
      const given = node.arguments?.find((argument) => argument.name.value === name);
      const value = given ? valueFromAST(given.value, definition.type, variables) : definition.defaultValue;
      return [typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : options.defaultPageSize];
    });
    return requested.length > 0 ? Math.max(...requested) : 1;
  }

  function sizeOf(set: SelectionSetNode, parent: GraphQLNamedType): OperationSize {
    let selections = 0;
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        selections += 1;
        if (!selection.selectionSet) continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : null;
        if (!field) continue;
        const inner = sizeOf(selection.selectionSet, getNamedType(field.type));
        selections += inner.selections;
        cost += pageSize(selection, field) * Math.max(1, inner.cost);
      } else {
        const condition = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition : null;
        const type = condition ? (schema.getType(condition.name.value) ?? parent) : parent;
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT ? sizeOf(selection.selectionSet, type) : spread(selection.name.value);
        selections += inner.selections;
        cost += inner.cost;
      }
    }
    return { selections, cost };
  }

  function spread(name: string): OperationSize {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    if (!fragment || !type || measuring.has(name)) return none;
    measuring.add(name);
    const size = sizeOf(fragment.selectionSet, type);
    measuring.delete(name);
    measured.set(name, size);
    return size;
  }

  const root = schema.getRootType(operation.operation);
  return root ? sizeOf(operation.selectionSet, root) : none;
}
