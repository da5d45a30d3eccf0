import type { Dictionary } from '@mikro-orm/core';

/** What a session lookup found: the user's row as the ORM maps it to the entity's properties, and when the session ends. */
export interface CachedSession {
  userData: Dictionary;
  sessionExpiresAt: number;
}

interface Entry extends CachedSession {
  cachedUntil: number;
}

/** Entries kept at most; past this the oldest go first, so a flood of sessions cannot grow the process. */
const MAX_ENTRIES = 10_000;
/**
 * How long an ended session stays marked as such here: longer than any lookup can take (the api's
 * statement timeout), so a lookup that read the session just before it was deleted cannot put it back.
 */
const ENDED_MARK_MS = 60_000;

/**
 * Sessions this api process found recently, by token hash, so that a signed-in client's burst of requests
 * costs one session lookup in PostgreSQL every `ttlMs` instead of one per request. Only found sessions are
 * kept (a made-up cookie always goes to the database). A session ended through this process (logout) is
 * forgotten at once and never kept again; one ended through another replica, or a session or user changed
 * directly in the database, is seen by this process within `ttlMs`. A kept session still ends at its own
 * expiry time.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ended = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(tokenHash: string): CachedSession | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    const now = this.now();
    if (entry.cachedUntil > now && entry.sessionExpiresAt > now) return entry;
    this.entries.delete(tokenHash);
    return null;
  }

  set(tokenHash: string, session: CachedSession): void {
    if (this.ttlMs <= 0 || this.ended.has(tokenHash)) return;
    if (this.entries.size >= MAX_ENTRIES) this.evictOldest();
    this.entries.set(tokenHash, { ...session, cachedUntil: this.now() + this.ttlMs });
  }

  /** The session has ended: forget it, and refuse to keep it again should a lookup still under way find it. */
  end(tokenHash: string): void {
    this.entries.delete(tokenHash);
    const now = this.now();
    for (const [hash, at] of this.ended) {
      if (at > now - ENDED_MARK_MS) break; // in insertion order, so the rest are newer
      this.ended.delete(hash);
    }
    this.ended.set(tokenHash, now);
  }

  private evictOldest(): void {
    const now = this.now();
    for (const [hash, entry] of this.entries) if (entry.cachedUntil <= now || entry.sessionExpiresAt <= now) this.entries.delete(hash);
    // Still full of live entries: drop the oldest tenth (a Map iterates in insertion order).
    if (this.entries.size < MAX_ENTRIES) return;
    let drop = Math.ceil(MAX_ENTRIES / 10);
    for (const hash of this.entries.keys()) {
      if (drop-- <= 0) break;
      this.entries.delete(hash);
    }
  }
}
