import { unwrapResolverError } from '@apollo/server/errors';
import { getMetadataStorage } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { DomainError, type ErrorCode } from '../common/errors';

/** Codes Apollo itself produces for malformed requests; they pass through, in production as forClients words them. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
]);

/**
 * graphql's parser stops at the token limit (parseOptions.maxTokens) with this message and no code of its
 * own. graphql 16 spells it "more that"; "than" is accepted too, should a release correct it.
 */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[tn] (\d+) tokens\. Parsing aborted\.$/;

/**
 * A message of graphql or Apollo as production shows it: without "Did you mean …?" (which would spell out
 * the schema that introspection keeps to itself), and in place of a message that came from the JavaScript
 * engine rather than from graphql (a stack overflow while parsing, say) a plain one. graphql words every
 * refusal it means for a client as a GraphQLError; any other error in the chain is an internal failure.
 */
function forClients(message: string, error: unknown): string {
  for (let e: unknown = error; e; e = (e as GraphQLError).originalError) {
    if (!(e instanceof GraphQLError)) return 'This request could not be handled; check its syntax and size.';
  }
  return message.replace(/ ?Did you mean [^?]*\?/g, '');
}

function formatted(base: GraphQLFormattedError, code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return { message, locations: base.locations, path: base.path, extensions: { code, ...extra } };
}

/** Where format-error reports: an unexpected failure, and the failure elsewhere behind a refusal (at a lower level). */
export interface ErrorLog {
  unexpected(err: unknown): void;
  refusedFor(cause: unknown): void;
}

/**
 * The single place errors become what a client sees: typed codes for refusals, a field for input
 * errors, and for anything unexpected a generic message (the real one goes to the log only).
 */
export function createFormatError(log: ErrorLog, exposeInternals: boolean) {
  return (formattedError: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      if (original.cause !== undefined) log.refusedFor(original.cause);
      return formatted(formattedError, original.code, original.message, {
        ...(original.field ? { field: original.field } : {}),
        ...(original.details ?? {}),
      });
    }
    if (original instanceof ArgumentValidationError) {
      const first = original.extensions.validationErrors?.[0];
      const fieldErrors = flattenValidation(original.extensions.validationErrors ?? []);
      const message = fieldErrors[0] ? `${fieldErrors[0].field}: ${fieldErrors[0].message}` : 'Invalid input.';
      return formatted(formattedError, 'BAD_USER_INPUT', message, {
        field: fieldErrors[0]?.field ?? first?.property,
        ...(fieldErrors[0] ? ruleOf(fieldErrors[0]) : {}),
        fieldErrors,
      });
    }
    if (original instanceof AuthenticationError) return formatted(formattedError, 'UNAUTHENTICATED', 'Log in first.');
    if (original instanceof AuthorizationError) {
      return formatted(formattedError, 'NOT_ALLOWED', 'Your role does not allow this.');
    }
    const tokenLimit = TOKEN_LIMIT.exec(formattedError.message);
    if (formattedError.extensions?.code === 'GRAPHQL_PARSE_FAILED' && tokenLimit) {
      return { message: `Token limit of ${tokenLimit[1]} exceeded.`, locations: formattedError.locations, extensions: { code: 'QUERY_TOO_COMPLEX' } };
    }
    // Apollo re-codes every validation-rule error GRAPHQL_VALIDATION_FAILED; the limit rule's own code is on the original.
    const limit = error instanceof GraphQLError && error.originalError instanceof GraphQLError && error.originalError.extensions?.code === 'QUERY_TOO_COMPLEX';
    const code = limit ? 'QUERY_TOO_COMPLEX' : formattedError.extensions?.code;
    if (typeof code === 'string' && APOLLO_CODES.has(code)) {
      return { message: exposeInternals ? formattedError.message : forClients(formattedError.message, error), locations: formattedError.locations, path: formattedError.path, extensions: { code } };
    }
    log.unexpected(original);
    return formatted(
      formattedError,
      'INTERNAL_SERVER_ERROR',
      exposeInternals && original instanceof Error ? original.message : 'Something went wrong on our side; nothing was changed. Try again.',
    );
  };
}

interface ValidationLike {
  property: string;
  target?: object;
  constraints?: Record<string, string>;
  children?: ValidationLike[];
}

/** One broken input rule: the field, the English message, and what a client needs to word it itself. */
interface FieldError {
  field: string;
  message: string;
  /** The rule's stable name (class-validator's, e.g. `isEmail`, `maxLength`, or one of ours like `notBlank`). */
  rule: string;
  /** The rule's number where it has one (the 200 of `maxLength(200)`), so a client can say it. */
  limit?: number;
}

const ruleOf = ({ rule, limit }: FieldError) => (limit === undefined ? { rule } : { rule, limit });

/**
 * The number a rule was declared with, read from class-validator's metadata of the input class: the
 * validation error itself carries only the English message.
 */
function limitOf(error: ValidationLike, rule: string): number | undefined {
  if (!error.target) return undefined;
  const declared = getMetadataStorage()
    .getTargetValidationMetadatas(error.target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === rule);
  const first: unknown = declared?.constraints?.[0];
  return typeof first === 'number' ? first : undefined;
}

function flattenValidation(errors: ValidationLike[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]): FieldError => {
      const limit = limitOf(e, rule);
      return { field, message, rule, ...(limit === undefined ? {} : { limit }) };
    });
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}
