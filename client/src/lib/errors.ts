import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { refusalWords, type RefusalParts } from './refusal-words';

export { unscoredNormCodes } from './refusal-words';

/** What a screen needs to show a failure: the server's code and message, and the input it concerns. */
export interface UserError {
  /** `extensions.code` from the server, or NETWORK / UNKNOWN when no GraphQL answer arrived. */
  code: string;
  /**
   * The refusal in the reader's language, worded when read (so it follows a switch of language). A screen's
   * own check may put its own words here instead.
   */
  message: string;
  /** The server's own message, in English (the API's language for integrators); absent when none came. */
  serverMessage?: string;
  /** Input field the refusal concerns (`extensions.field`), without any `input.` prefix. */
  field?: string;
  /** Everything else the server put in `extensions` (for example the norms still unscored). */
  details: Record<string, unknown>;
}

/**
 * A refusal as the server (or the network) gave it, its `message` worded in the reader's language whenever it
 * is read: screens that show `message` never show the English server text on a Dutch page.
 */
export function serverRefusal(parts: RefusalParts): UserError {
  const refusal = { ...parts } as UserError;
  Object.defineProperty(refusal, 'message', { enumerable: true, get: () => refusalWords(parts) });
  return refusal;
}

/**
 * The field a refusal asks the person to correct, if any: BAD_USER_INPUT naming it, or NOT_FOUND of an ID
 * that field refers to (an institution no longer admitted, a norm of another framework). Screens word such
 * a refusal by the field. NOT_FOUND without a field is about what the screen shows, not about an input.
 */
/**
 * The whole path the refusal names, without `input.` ("questions.3.textNl"), for a form that lists items:
 * `field` keeps only its last part.
 */
export function refusalPath(error: UserError | null | undefined): string | null {
  const raw = error?.details.field;
  return typeof raw === 'string' ? raw.replace(/^input\./, '') : (error?.field ?? null);
}

export function fieldToCorrect(error: UserError): string | null {
  return (error.code === 'BAD_USER_INPUT' || error.code === 'NOT_FOUND') && error.field ? error.field : null;
}

function fromGraphQLError(error: GraphQLFormattedError): UserError {
  const extensions = error.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN';
  const rawField = typeof extensions.field === 'string' ? extensions.field : undefined;
  // Validation errors name the path ("input.email"); screens know their fields by the last part.
  const field = rawField?.split('.').pop();
  return serverRefusal({ code, serverMessage: error.message, details: { ...extensions }, ...(field ? { field } : {}) });
}

/**
 * Apollo Client 4 throws CombinedGraphQLErrors when the server answered with `errors`. A non-2xx answer
 * in plain JSON arrives as ServerError with the body as text, which may still hold GraphQL errors.
 */
export function toUserError(error: unknown): UserError {
  if (CombinedGraphQLErrors.is(error) && error.errors[0]) return fromGraphQLError(error.errors[0]);
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      if (body.errors?.[0]) return fromGraphQLError(body.errors[0]);
    } catch {
      // Not JSON (a proxy page, for instance): fall through to a generic server failure.
    }
    return serverRefusal({ code: error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN', details: {} });
  }
  if (error instanceof TypeError) return serverRefusal({ code: 'NETWORK', details: {} });
  return serverRefusal({ code: 'UNKNOWN', details: {} });
}

/**
 * True when the server gave a definite answer (a refusal), false when the outcome is unknown: the request
 * may not have arrived, failed half-way on the server, or (UNAVAILABLE) could not be confirmed by the process
 * engine. Only then is a retry the same action.
 */
export function isDefinitiveAnswer(error: unknown): boolean {
  const { code } = toUserError(error);
  return code !== 'NETWORK' && code !== 'UNKNOWN' && code !== 'INTERNAL_SERVER_ERROR' && code !== 'UNAVAILABLE';
}
