import type { ASTNode, SelectionSetNode } from 'graphql';
import { GraphQLError, type ValidationRule } from 'graphql';

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, SelectionSetNode>,
  seen: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field') {
      deepest = Math.max(deepest, (selection.selectionSet ? 1 : 0) + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === 'InlineFragment') {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragments.get(selection.name.value);
      deepest = Math.max(deepest, depthOf(fragment, fragments, new Set([...seen, selection.name.value])));
    }
  }
  return deepest;
}

/** Rejects operations nested deeper than `maxDepth` object levels, before any subgraph is asked. */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context) => {
    const fragments = new Map<string, SelectionSetNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition.selectionSet);
    }
    return {
      OperationDefinition(node: ASTNode) {
        if (node.kind !== 'OperationDefinition') return;
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`The operation is nested ${depth} levels deep; at most ${maxDepth} are allowed.`, {
              nodes: [node],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            }),
          );
        }
      },
    };
  };
}
