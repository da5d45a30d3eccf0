import { HttpEndpoint } from './http-client';
import { body, LOGIN } from './operations';

/**
 * Logs in over GraphQL and returns a keep-alive endpoint that sends the session cookie, the way a browser
 * tab would call the api.
 */
export async function loggedInEndpoint(graphqlUrl: string, email: string, password: string, maxSockets: number): Promise<HttpEndpoint> {
  const anonymous = new HttpEndpoint(graphqlUrl, 1);
  try {
    const res = await anonymous.post(body(LOGIN, { i: { email, password } }));
    const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).find((c) => !c.endsWith('='));
    if (res.status !== 200 || res.body.includes('"errors"') || !cookie) {
      throw new Error(`Login as ${email} failed (HTTP ${res.status}): ${res.body.slice(0, 300)}`);
    }
    return new HttpEndpoint(graphqlUrl, maxSockets, { cookie });
  } finally {
    anonymous.close();
  }
}
