import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { DomainError, type ErrorCode } from '../common/errors';

/** Codes Apollo itself produces for malformed requests; they carry no internals and pass through. */
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

function formatted(base: GraphQLFormattedError, code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return { message, locations: base.locations, path: base.path, extensions: { code, ...extra } };
}

/**
 * The single place errors become what a client sees: typed codes for refusals, a field for input
 * errors, and for anything unexpected a generic message (the real one goes to the log only).
 */
export function createFormatError(log: (err: unknown) => void, exposeInternals: boolean) {
  return (formattedError: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
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
        fieldErrors,
      });
    }
    if (original instanceof AuthenticationError) return formatted(formattedError, 'UNAUTHENTICATED', 'Log in first.');
    if (original instanceof AuthorizationError) {
      return formatted(formattedError, 'NOT_ALLOWED', 'Your role does not allow this.');
    }
    // Apollo re-codes every validation-rule error GRAPHQL_VALIDATION_FAILED; the limit rule's own code is on the original.
    const limit = error instanceof GraphQLError && error.originalError instanceof GraphQLError && error.originalError.extensions?.code === 'QUERY_TOO_COMPLEX';
    const code = limit ? 'QUERY_TOO_COMPLEX' : formattedError.extensions?.code;
    if (typeof code === 'string' && APOLLO_CODES.has(code)) {
      return { message: formattedError.message, locations: formattedError.locations, path: formattedError.path, extensions: { code } };
    }
    log(original);
    return formatted(
      formattedError,
      'INTERNAL_SERVER_ERROR',
      exposeInternals && original instanceof Error ? original.message : 'Something went wrong on our side; nothing was changed. Try again.',
    );
  };
}

interface ValidationLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationLike[];
}

function flattenValidation(errors: ValidationLike[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}
