import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  GraphQLInt,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type VariableDefinitionNode,
  typeFromAST,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../common/pagination';

export interface OperationLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
}

/**
 * What Apollo needs to refuse an operation over a limit before any resolver runs: GraphQL Armor's depth,
 * alias and directive rules, run with graphql's own validation; the token limit of graphql's parser; and
 * the cost rule below. Every one of them looks at each fragment once, so a refusal takes time in
 * proportion to the document's length. Each refusal is QUERY_TOO_COMPLEX and names the limit.
 */
export function operationLimits<T extends object>(limits: OperationLimits): {
  plugins: ApolloServerPlugin<T>[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  // Armor's rules report through these instead of throwing, so graphql's other rules still run and the
  // answer is a validation error with our code rather than Armor's BAD_USER_INPUT.
  const refuse = () => ({
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(tooComplex(err.message.replace(/^Syntax Error: /, '')))],
  });
  const armor = new ApolloArmor({
    // Fragments and inline fragments add no depth of their own: depth counts the fields a reply nests.
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...refuse() },
    maxAliases: { n: limits.maxAliases, ...refuse() },
    maxDirectives: { n: limits.maxDirectives, ...refuse() },
    // Replaced by the cost rule below (see there why).
    costLimit: { enabled: false },
    // Armor's token plugin throws from Apollo's parsing hook, and Apollo answers that with status 500;
    // graphql's parser counts tokens itself (parseOptions.maxTokens) and stops reading at the limit.
    maxTokens: { enabled: false },
    // Suggestions are taken out in production by format-error, from every message that carries one.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    plugins: [...(armor.plugins as ApolloServerPlugin<T>[]), operationCostPlugin<T>(limits.maxCost)],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

export function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

/**
 * The cost limit. Cost is one per field (`__typename` included), and what a paged field selects counts
 * once per row its page may hold: `first` as written, as passed in a variable, or the schema's default
 * (50) when left out. A fragment counts as often as it is spread. A list without paging (a framework
 * version's norms) holds what the data holds, which no document can make longer, so it counts like any
 * other field.
 *
 * Why our own rule rather than GraphQL Armor's cost limit: Armor's multiplies by `first` only when it is
 * a number written in the document, so a page size passed as a variable or left to its default would
 * count as one row. This runs once the variables are known (after validation), and measures every
 * fragment once: a fragment spread again adds its remembered cost, so the time taken grows with the
 * document's length, never with how often its fragments multiply each other.
 */
export function operationCostPlugin<T extends object>(maxCost: number): ApolloServerPlugin<T> {
  // Apollo parses a query text once and hands every request with that text the same document, so what
  // depends on the document alone is worked out once per operation: which variables can be page sizes, and
  // the cost for each set of their values (a screen sends a handful). Other requests start from scratch.
  const known = new WeakMap<OperationDefinitionNode, { pageSizeVariables: readonly VariableDefinitionNode[]; costs: Map<string, number> }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return; // Apollo has already refused a request that names no runnable operation
          let seen = known.get(operation);
          if (!seen) {
            seen = { pageSizeVariables: intVariables(schema, operation), costs: new Map() };
            known.set(operation, seen);
          }
          const variables = getVariableValues(schema, seen.pageSizeVariables, request.variables ?? {}, { maxErrors: 1 });
          // Invalid variables: execution refuses them before any resolver runs, and says why.
          if (variables.errors) return;
          const key = JSON.stringify(variables.coerced);
          let cost = seen.costs.get(key);
          if (cost === undefined) {
            cost = operationCost(schema, document, operation, variables.coerced);
            if (seen.costs.size >= COSTS_KEPT_PER_OPERATION) seen.costs.clear();
            seen.costs.set(key, cost);
          }
          if (cost > maxCost) throw tooComplex(`Query cost limit of ${maxCost} exceeded, found ${cost}. Ask for smaller pages.`);
        },
      };
    },
  };
}

/** Costs remembered per operation; a client paging through every size just has them worked out again. */
const COSTS_KEPT_PER_OPERATION = 64;

/** Page sizes are Int: only those variables are read, so a large one (an import's file) is not coerced twice. */
function intVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): VariableDefinitionNode[] {
  return (operation.variableDefinitions ?? []).filter((v) => {
    const type = typeFromAST(schema, v.type);
    return type !== undefined && getNamedType(type) === GraphQLInt;
  });
}

/** The operation's cost, given its variables as graphql coerced them. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const fragmentCosts = new Map<string, number>();

  const selectionCost = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        cost += 1;
        if (!sel.selectionSet) continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[sel.name.value] : undefined;
        cost += pageSize(field, sel, variables) * selectionCost(sel.selectionSet, field && getNamedType(field.type));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        cost += selectionCost(sel.selectionSet, sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent);
      } else {
        cost += fragmentCost(sel.name.value);
      }
    }
    return cost;
  };

  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    // Validation has refused fragment cycles already; should one get here, it adds nothing instead of looping.
    fragmentCosts.set(name, 0);
    const fragment = fragments.get(name);
    const cost = fragment ? selectionCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value)) : 0;
    fragmentCosts.set(name, cost);
    return cost;
  };

  return selectionCost(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

/** Rows a field may return: its page size when it takes `first`, else one. */
function pageSize(field: GraphQLField<unknown, unknown> | undefined, node: FieldNode, variables: Record<string, unknown>): number {
  const first = field?.args.find((a) => a.name === 'first');
  if (!first) return 1;
  try {
    // Only `first` is read, so a large argument beside it (a list of IDs) is not coerced again for every field.
    const { first: size } = getArgumentValues({ ...field!, args: [first] }, node, variables);
    return typeof size === 'number' ? Math.max(1, size) : MAX_PAGE_SIZE;
  } catch {
    return MAX_PAGE_SIZE;
  }
}
