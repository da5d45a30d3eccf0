export interface GqlResult<T = Record<string, any>> {
  data: T | null;
  errors?: { message: string; extensions: { code: string; field?: string; [k: string]: unknown } }[];
  status: number;
}

/** A GraphQL caller with its own cookies, like one browser. */
export class GqlSession {
  /** The cookies by name, like a browser's jar for this one origin (paths ignored: all go to /graphql). */
  private readonly cookies = new Map<string, string>();
  private readonly headers: Record<string, string>;

  /** A `cookie` among the headers is where the jar starts; what the api sets later is added to it. */
  constructor(
    readonly url: string,
    { cookie, ...headers }: Record<string, string> = {},
  ) {
    this.headers = headers;
    for (const pair of (cookie ?? '').split(';').map((p) => p.trim()).filter(Boolean)) this.cookies.set(pair.split('=')[0], pair);
  }

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookies.size ? { cookie: this.cookieHeader } : {}), ...this.headers },
      body: JSON.stringify({ query, variables }),
    });
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(';')[0];
      const name = pair.split('=')[0];
      if (pair.endsWith('=')) this.cookies.delete(name);
      else this.cookies.set(name, pair);
    }
    const body = (await res.json()) as { data?: T; errors?: GqlResult['errors'] };
    return { data: body.data ?? null, errors: body.errors, status: res.status };
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.request<T>(query, variables);
    if (r.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }

  /** Runs an operation that must be refused and returns its first error. */
  async refused(query: string, variables: Record<string, unknown> = {}) {
    const r = await this.request(query, variables);
    if (!r.errors?.length) throw new Error(`Expected a refusal, got ${JSON.stringify(r.data)}`);
    return r.errors[0];
  }

  async login(email: string, password: string): Promise<void> {
    await this.ok(`mutation($i: LoginInput!) { login(input: $i) { id } }`, { i: { email, password } });
  }

  /** `lc_session=…`, or null when signed out. */
  get sessionCookie(): string | null {
    return this.cookies.get('lc_session') ?? null;
  }

  /** `lc_device=…`: set by the first successful login in this session, kept on logout. */
  get deviceCookie(): string | null {
    return this.cookies.get('lc_device') ?? null;
  }

  /** Every cookie, as a browser would send them to /graphql. */
  get cookieHeader(): string {
    return [...this.cookies.values()].join('; ');
  }
}

/** A new caller at `url`, signed in as `email`, with cookies of its own. */
export async function signedIn(url: string, email: string, password: string): Promise<GqlSession> {
  const gql = new GqlSession(url);
  await gql.login(email, password);
  return gql;
}
