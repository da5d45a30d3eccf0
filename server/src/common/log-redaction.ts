/**
 * What a log line must never carry: secrets (passwords, tokens, cookies, authorization headers) and
 * personal data (e-mail addresses, names). Keys are censored wherever they sit, up to three levels deep;
 * an e-mail address that slips into a message or an error (a mail server's refusal names its recipient)
 * is masked in the finished line.
 */
const SECRET_KEYS = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'token',
  'sessionToken',
  'accessToken',
  'refreshToken',
  'secret',
  'secretAccessKey',
  'authorization',
  'cookie',
  'set-cookie',
  'x-csrf-token',
];

const PERSONAL_KEYS = ['email', 'emailAddress', 'name', 'displayName', 'firstName', 'lastName', 'fullName'];

const CENSORED = new Set([...SECRET_KEYS, ...PERSONAL_KEYS]);
const CENSOR = '[redacted]';

/** The line's own keys and those one and two objects down (an array is an object whose keys are its indices). */
const LEVELS = 3;

/** The keys pino serializes as errors (the Temporal SDK passes its errors as `error`). */
const ERROR_KEYS = new Set(['err', 'error']);

/** Errors `censorFields` serialized itself, to censor a key in them; the logger's error serializer passes them on. */
const serializedHere = new WeakSet<object>();

/**
 * The fields of a log line with the value of every censored key replaced, at any of the three levels.
 * Objects are copied only on the way to a censored key, so a line with nothing to censor (almost every line)
 * costs a walk over its keys and no garbage; pino's path-based redaction with wildcards took some 50 µs a
 * line. Objects with their own `toJSON` (dates, buffers) are written as they choose and left alone. An
 * error under `err` or `error` with a key to censor is serialized first (`serializeError`), so its type,
 * message and stack survive the copy.
 */
export function censorFields<T extends object>(fields: T, serializeError: (err: Error) => object): T {
  return copyOnWrite(fields, (key, inner) => {
    const walked = censored(inner, 2);
    if (walked === inner || !(ERROR_KEYS.has(key) && inner instanceof Error)) return walked;
    const serialized = censored(serializeError(inner), 2) as object;
    serializedHere.add(serialized);
    return serialized;
  }) as T;
}

/** An error serializer that leaves an error `censorFields` already serialized as it is. */
export function onceSerialized<E>(serializeError: (err: E) => unknown): (err: E) => unknown {
  return (err) => (typeof err === 'object' && err !== null && serializedHere.has(err) ? err : serializeError(err));
}

function censored(value: unknown, level: number): unknown {
  return copyOnWrite(value, (_key, inner) => (level < LEVELS ? censored(inner, level + 1) : inner));
}

/** `value` with each key's value as `below` gives it (or the censor), copied only if one of them changed. */
function copyOnWrite(value: unknown, below: (key: string, inner: unknown) => unknown): unknown {
  if (typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  const source = value as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(source)) {
    const inner = source[key];
    const next = CENSORED.has(key) ? CENSOR : below(key, inner);
    if (next === inner) continue;
    copy ??= (Array.isArray(source) ? [...source] : { ...source }) as Record<string, unknown>;
    copy[key] = next;
  }
  return copy ?? value;
}

// Deliberately broad: a false positive costs a masked word in a log line, a miss a person's address.
const EMAIL_ADDRESS = /[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** The finished line with every e-mail address replaced. */
export function maskEmailAddresses(line: string): string {
  return line.replace(EMAIL_ADDRESS, '[email]');
}
