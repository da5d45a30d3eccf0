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

const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `["${k}"]`);

/** pino's `redact.paths`: each key at the top of the line and nested one or two objects down. */
export const REDACTED_PATHS = [...SECRET_KEYS, ...PERSONAL_KEYS].flatMap((k) => {
  const path = key(k);
  return [path.startsWith('.') ? path.slice(1) : path, `*${path}`, `*.*${path}`];
});

// Deliberately broad: a false positive costs a masked word in a log line, a miss a person's address.
const EMAIL_ADDRESS = /[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** The finished line with every e-mail address replaced. */
export function maskEmailAddresses(line: string): string {
  return line.replace(EMAIL_ADDRESS, '[email]');
}
