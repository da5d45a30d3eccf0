import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getNamedType,
  getVariableValues,
  isInputObjectType,
  Kind,
  printSchema,
  typeFromAST,
  visit,
  BREAK,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { ApiMetrics } from '../metrics/api-metrics';

interface DocumentState {
  runs: number;
  /** Per operation name ('' for the only one): the compiled query, or the reason it could not be compiled. */
  compiled: Map<string, CompiledQuery | 'not compilable'>;
}

/**
 * Runs the operations Apollo has parsed and validated. graphql-js's `execute` walks the document anew for
 * every object in a list, building an arguments object and a result dictionary per field; on a page of 100
 * rows that was a large share of a request's CPU and garbage. A document that is run again is compiled
 * (graphql-jit) into a function for exactly its selection, which then does only the resolver calls and
 * the result's objects.
 *
 * What callers see stays graphql-js's: variables that do not fit their definitions are left to graphql-js,
 * so the refusal and its wording are the same as before; errors thrown by resolvers come back as the same
 * GraphQLErrors with their path, formatted by Apollo's `formatError` as any other. Unlike graphql-js, the
 * compiled query does not call a field's value that is a function: object types expose values or getters.
 *
 * `compileAfter` (GRAPHQL_COMPILE_AFTER) is how many times graphql-js runs a document before it is compiled.
 * The screens send the same few documents over and over; a document run only once or twice (a one-off
 * script, or a stream of unique documents from a client probing the api) never pays for a compilation.
 *
 * Apollo takes a custom executor only in the shape of a gateway, so that is the interface offered here;
 * the schema never changes while the process runs.
 */
export function compiledExecution(schema: GraphQLSchema, compileAfter: number, metrics: Pick<ApiMetrics, 'executions' | 'compilations'>): GatewayInterface {
  // Keyed by the parsed document Apollo keeps in its document cache: when that forgets a document, so does this.
  const documents = new WeakMap<DocumentNode, DocumentState>();

  const executor: GatewayExecutor = async (request) => {
    const { document, operation, context } = request;
    const variables = request.request.variables ?? {};
    const operationName = request.operationName ?? undefined;
    let state = documents.get(document);
    if (!state) {
      state = { runs: 0, compiled: new Map() };
      documents.set(document, state);
    }
    state.runs += 1;
    const compiled = state.runs > compileAfter ? compiledFor(state, schema, document, operation, operationName, metrics) : null;
    // Variables that do not coerce are graphql-js's to refuse, word for word.
    if (!compiled || 'errors' in getVariableValues(schema, operation.variableDefinitions ?? [], variables)) {
      metrics.executions.inc({ engine: 'graphql-js' });
      return (await execute({ schema, document, contextValue: context, variableValues: variables, operationName })) as ExecutionResult;
    }
    metrics.executions.inc({ engine: 'compiled' });
    const result = (await compiled.query(undefined, context, variables)) as ExecutionResult;
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };

  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    stop: async () => undefined,
  };
}

/**
 * graphql-jit's errors are GraphQLErrors by prototype but leave `extensions` undefined where graphql-js's
 * are `{}`, and Apollo reads `extensions.code` from every error; so each is made again as graphql-js makes
 * a resolver's error: same message, place, path, cause and extensions.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const made = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? undefined });
  (made as { locations: GraphQLError['locations'] }).locations = error.locations;
  return made;
}

function compiledFor(
  state: DocumentState,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  operationName: string | undefined,
  metrics: Pick<ApiMetrics, 'compilations'>,
): CompiledQuery | null {
  const key = operationName ?? '';
  let compiled = state.compiled.get(key);
  if (compiled === undefined) {
    const result = compilable(schema, document, operation) ? compileQuery(schema, document, operationName) : null;
    // Apollo has validated the document, so a failed compilation does not happen; should it, graphql-js answers.
    compiled = result && isCompiledQuery(result) ? result : 'not compilable';
    if (compiled !== 'not compilable') metrics.compilations.inc();
    state.compiled.set(key, compiled);
  }
  return compiled === 'not compilable' ? null : compiled;
}

/**
 * Reads only, and only those whose input the compiled query reads as graphql-js does. graphql-jit leaves out
 * the default of an input object's field (`status: LearningGoalStatus! = PLANNED`) and then refuses the
 * variable as incomplete, so a document with an input object reaching such a field, or with an input object
 * written in the document itself, stays with graphql-js. Mutations do too: each is sent once per action, and
 * they carry the input objects.
 */
function compilable(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    if (!type || reachesFieldDefault(getNamedType(type), new Set())) return false;
  }
  let literalObject = false;
  visit(document, {
    [Kind.OBJECT]: () => {
      literalObject = true;
      return BREAK;
    },
  });
  return !literalObject;
}

function reachesFieldDefault(type: GraphQLNamedType, seen: Set<GraphQLNamedType>): boolean {
  if (!isInputObjectType(type) || seen.has(type)) return false;
  seen.add(type);
  return Object.values(type.getFields()).some((field) => field.defaultValue !== undefined || reachesFieldDefault(getNamedType(field.type), seen));
}
