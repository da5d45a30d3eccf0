import { randomUUID } from 'node:crypto';
import { startStack, type Stack } from '../support/stack';

/**
 * Security headers on every response: the page, /graphql, /healthz, evidence and refusals alike. HSTS only
 * where the site is served over HTTPS (COOKIE_SECURE, on by default in production). Outside production
 * the landing page at GET /graphql goes without the content policy, which would stop its script.
 */
const CSP =
  "default-src 'self';base-uri 'self';connect-src 'self';font-src 'self';form-action 'self';frame-ancestors 'none';" +
  "img-src 'self';object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self'";

// Every row has its RequestInit: jest takes a test function with more parameters than the row for one that awaits `done`.
const REQUESTS: [string, string, RequestInit][] = [
  ['the client page', '/', {}],
  ['a client route', '/register', {}],
  ['/healthz', '/healthz', {}],
  ['a GraphQL POST', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }],
  ['a GraphQL refusal', '/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' }],
  ['an evidence download refused', `/evidence/${randomUUID()}`, {}],
];

async function headersOf(stack: Stack, path: string, init?: RequestInit): Promise<Headers> {
  const res = await fetch(`${stack.url}${path}`, init);
  await res.arrayBuffer();
  return res.headers;
}

function expectCommonHeaders(headers: Headers) {
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('x-powered-by')).toBeNull();
}

describe.each([
  // Production: HTTPS (COOKIE_SECURE defaults to true) and no landing page, so GET /graphql has the policy too.
  ['in production', { NODE_ENV: 'production' }, `${CSP};upgrade-insecure-requests`, 'max-age=31536000', `${CSP};upgrade-insecure-requests`],
  // Plain HTTP (COOKIE_SECURE unset): no HSTS; the landing page's inline script goes without the policy.
  ['over plain HTTP, outside production', { NODE_ENV: 'test' }, CSP, null, null],
])('%s', (_label, env, csp, hsts, landingCsp) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ worker: false, env });
  });
  afterAll(() => stack?.stop());

  it.each(REQUESTS)('%s: the content policy, HSTS where due, and the rest', async (_what, path, init) => {
    const headers = await headersOf(stack, path, init);
    expectCommonHeaders(headers);
    expect(headers.get('content-security-policy')).toBe(csp);
    expect(headers.get('strict-transport-security')).toBe(hsts);
  });

  it('GET /graphql from a browser: framing denied; the policy unless it serves the landing page', async () => {
    const res = await fetch(`${stack.url}/graphql`, { headers: { accept: 'text/html' } });
    const text = await res.text();
    expectCommonHeaders(res.headers);
    expect(res.headers.get('content-security-policy')).toBe(landingCsp);
    if (landingCsp === null) expect(text).toMatch(/<script/);
  });
});

it('HSTS follows COOKIE_SECURE, not NODE_ENV', async () => {
  const stack = await startStack({ worker: false, env: { NODE_ENV: 'test', COOKIE_SECURE: 'true' } });
  try {
    expect((await headersOf(stack, '/healthz')).get('strict-transport-security')).toBe('max-age=31536000');
  } finally {
    await stack.stop();
  }
});
