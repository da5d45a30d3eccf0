/** A GraphQL caller with its own cookie, like one browser. */
export interface GqlResult<T = Record<string, any>> {
  data: T | null;
  errors?: { message: string; extensions: { code: string; field?: string; [k: string]: unknown } }[];
  status: number;
}

export class GqlSession {
  private cookie: string | null = null;

  constructor(
    readonly url: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...this.headers },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const pair = c.split(';')[0];
      this.cookie = pair.endsWith('=') ? null : pair;
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

  get sessionCookie(): string | null {
    return this.cookie;
  }
}
