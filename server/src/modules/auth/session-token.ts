import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'lc_session';
/** Marks a browser as one the account signed in from (known-devices.ts); sent to /graphql only, where login is. */
export const DEVICE_COOKIE = 'lc_device';
export const DEVICE_COOKIE_PATH = '/graphql';

/** A session or device token: 256 random bits, of which only the hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Reads one cookie from a Cookie header without pulling in a parser for a single value. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    // A malformed value (bad %-escape) is no session, not a failed request.
    if (part.slice(0, eq).trim() === name) { try { return decodeURIComponent(part.slice(eq + 1).trim()); } catch { return null; } }
  }
  return null;
}
