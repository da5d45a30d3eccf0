import { SessionCache } from '../../server/src/modules/auth/session-cache';

const row = (id: string) => ({ id, email: `${id}@example.invalid` });

describe('SessionCache', () => {
  let now: number;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000_000;
  });

  it('keeps a found session for its time to live, then asks again', () => {
    const cache = new SessionCache(5000, clock);
    cache.set('h', { userData: row('a'), sessionExpiresAt: now + 3_600_000 });
    now += 4999;
    expect(cache.get('h')?.userData).toEqual(row('a'));
    now += 1;
    expect(cache.get('h')).toBeNull();
  });

  it('never serves a session past its own expiry, however recently it was kept', () => {
    const cache = new SessionCache(5000, clock);
    cache.set('h', { userData: row('a'), sessionExpiresAt: now + 1000 });
    now += 1000;
    expect(cache.get('h')).toBeNull();
  });

  it('forgets an ended session at once and does not keep it again (a lookup started before the logout)', () => {
    const cache = new SessionCache(5000, clock);
    cache.set('h', { userData: row('a'), sessionExpiresAt: now + 3_600_000 });
    cache.end('h');
    expect(cache.get('h')).toBeNull();
    cache.set('h', { userData: row('a'), sessionExpiresAt: now + 3_600_000 });
    expect(cache.get('h')).toBeNull();
  });

  it('keeps nothing when its time to live is 0', () => {
    const cache = new SessionCache(0, clock);
    cache.set('h', { userData: row('a'), sessionExpiresAt: now + 3_600_000 });
    expect(cache.get('h')).toBeNull();
  });

  it('stays bounded: past 10,000 live sessions the oldest make room', () => {
    const cache = new SessionCache(5000, clock);
    for (let i = 0; i <= 10_000; i += 1) cache.set(`h${i}`, { userData: row(String(i)), sessionExpiresAt: now + 3_600_000 });
    expect(cache.get('h0')).toBeNull();
    expect(cache.get('h10000')?.userData).toEqual(row('10000'));
  });
});
