import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';

/**
 * Depth and cost limits, checked after the operation is parsed and validated but before it runs, so a
 * hostile query costs nothing. Cost counts one per field, multiplied by the page size (`first`) of list
 * fields, so nested pages are priced as they would run. It is a plugin, not a validation rule, because
 * a page size given as a variable is only known here.
 */
export function operationLimitsPlugin<T extends object>(maxDepth: number, maxCost: number): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return; // Apollo has already refused a request that names no runnable operation
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const def of document.definitions) {
            if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
          }
          const variables = request.variables ?? {};
          const { depth, cost } = measure(operation.selectionSet, 1, new Set(), fragments, variables);
          if (depth > maxDepth) throw tooComplex(`Query is nested ${depth} levels deep; the limit is ${maxDepth}.`);
          if (cost > maxCost) throw tooComplex(`Query would cost ${cost}; the limit is ${maxCost}. Ask for smaller pages.`);
        },
      };
    },
  };
}

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

/** The page size a list field asks for: a literal or a variable; unknown sizes count as the largest page. */
function pageSize(value: ValueNode | undefined, variables: Record<string, unknown>): number {
  if (!value) return 1;
  if (value.kind === Kind.INT) return Math.max(1, Number(value.value));
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    if (typeof v === 'number' && Number.isFinite(v)) return Math.max(1, v);
  }
  return 500;
}

function measure(
  set: SelectionSetNode,
  depth: number,
  seen: Set<string>,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): { depth: number; cost: number } {
  let maxDepth = depth;
  let cost = 0;
  const add = (inner: { depth: number; cost: number }, multiplier = 1, own = 0) => {
    maxDepth = Math.max(maxDepth, inner.depth);
    cost += own + multiplier * inner.cost;
  };
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      if (!sel.selectionSet) {
        cost += 1;
        continue;
      }
      const first = sel.arguments?.find((a) => a.name.value === 'first')?.value;
      add(measure(sel.selectionSet, depth + 1, seen, fragments, variables), pageSize(first, variables), 1);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      add(measure(sel.selectionSet, depth, seen, fragments, variables));
    } else {
      const frag = fragments.get(sel.name.value);
      // Fragment cycles are already refused by graphql's own NoFragmentCycles rule.
      if (!frag || seen.has(sel.name.value)) continue;
      add(measure(frag.selectionSet, depth, new Set([...seen, sel.name.value]), fragments, variables));
    }
  }
  return { depth: maxDepth, cost };
}
