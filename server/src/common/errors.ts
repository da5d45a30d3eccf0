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
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input field the refusal concerns, so the client can show it beside that field. */
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, field);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found.`);
export const notAllowed = (message = 'You are not allowed to do this.') => new DomainError('NOT_ALLOWED', message);
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'Log in first.');
