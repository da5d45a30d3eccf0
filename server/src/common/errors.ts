/**
 * The refusal codes every module uses; format-error maps them to `extensions.code` in one place.
 * A message says what was wrong and what to do, in words a person can act on.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'NOT_ALLOWED',
  'NOT_FOUND',
  'WRONG_PHASE',
  'INCOMPLETE',
  'CONFLICT',
  'LOCKED',
  'RATE_LIMITED',
  'QUOTA_EXCEEDED',
  'UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  readonly code: ErrorCode;
  /** The input field the refusal concerns, so the client can show it beside that field. */
  readonly field?: string;
  readonly details?: Record<string, unknown>;

  /**
   * `cause`: the failure elsewhere that this refusal stands for (an engine that could not be reached, say);
   * format-error logs it at warn, since the client was answered with a refusal rather than a fault.
   */
  constructor(code: ErrorCode, message: string, field?: string, details?: Record<string, unknown>, cause?: unknown) {
    // A refusal is an answer, not a fault: nobody reads where it was thrown. Without the stack trace it costs
    // a fraction, which matters where a screen asks for many (viewerCan judges every command for each row).
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message, cause === undefined ? undefined : { cause });
    Error.stackTraceLimit = stackTraceLimit;
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
    this.details = details;
  }
}

/**
 * Bad input for a rule of the domain. `rule` names the rule in `extensions.rule` (as the input checks do with
 * class-validator's rule names), and `params` fill in what the words need, so a client words it in its reader's
 * language; the message stays the English one for integrators.
 */
export const badInput = (field: string, message: string, rule?: string, params?: Record<string, string | number>) =>
  new DomainError('BAD_USER_INPUT', message, field, rule ? { rule, ...params } : undefined);
/**
 * Something named by ID that does not exist or that the caller may not see: one answer for both, so it never
 * confirms an ID. `field` names the input field when the ID is a reference inside an input rather than the
 * thing the operation is about (see docs/error-codes.md).
 */
export const notFound = (what: string, field?: string) => new DomainError('NOT_FOUND', `${what} was not found.`, field);
export const notAllowed = (message = 'You are not allowed to do this.') => new DomainError('NOT_ALLOWED', message);
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'Log in first.');
