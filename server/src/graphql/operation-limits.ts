import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Depth and cost limits, checked before execution so a hostile query costs nothing. Cost counts one per
 * field, multiplied by the page size (`first`) of list fields, so nested pages are priced as they run.
 */
export function operationLimits(maxDepth: number, maxCost: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }

    function measure(set: SelectionSetNode, depth: number, seen: Set<string>): { depth: number; cost: number } {
      let maxD = depth;
      let cost = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          const firstArg = sel.arguments?.find((a) => a.name.value === 'first');
          const multiplier = firstArg?.value.kind === Kind.INT ? Math.max(1, Number(firstArg.value.value)) : firstArg ? 100 : 1;
          if (sel.selectionSet) {
            const inner = measure(sel.selectionSet, depth + 1, seen);
            maxD = Math.max(maxD, inner.depth);
            cost += 1 + multiplier * inner.cost;
          } else {
            cost += 1;
          }
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const inner = measure(sel.selectionSet, depth, seen);
          maxD = Math.max(maxD, inner.depth);
          cost += inner.cost;
        } else {
          const name = sel.name.value;
          const frag = fragments.get(name);
          if (!frag || seen.has(name)) continue; // cycles are reported by graphql's own NoFragmentCycles rule
          const inner = measure(frag.selectionSet, depth, new Set([...seen, name]));
          maxD = Math.max(maxD, inner.depth);
          cost += inner.cost;
        }
      }
      return { depth: maxD, cost };
    }

    return {
      OperationDefinition(node) {
        const { depth, cost } = measure(node.selectionSet, 1, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${maxDepth}.`, {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        } else if (cost > maxCost) {
          context.reportError(
            new GraphQLError(`Query would cost ${cost}; the limit is ${maxCost}. Ask for smaller pages.`, {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
      },
    };
  };
}
