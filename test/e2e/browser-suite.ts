import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { freshBrowser, launchChromium, signedInBrowser } from '../support/browser';
import { startStack, type Stack } from '../support/stack';

type StackOptions = Parameters<typeof startStack>[0];
type Viewport = { width: number; height: number };

/** What an e2e test file shares: one stack, one Chromium, and the signed-in browsers it opened. */
export interface BrowserSuite {
  readonly stack: Stack;
  /** A statement on the stack's database, for checking what a screen stored. */
  sql(query: string, params?: unknown[]): Promise<any>;
  /** A browser of its own for one person, signed in through the login page; closed after the file's tests. */
  signIn(email: string, password: string, viewport?: Viewport): Promise<Page>;
  /** A browser of its own signed in to nothing, as someone opening a link; closed after the file's tests. */
  anonymous(viewport?: Viewport): Promise<Page>;
}

/**
 * Starts the stack and Chromium before the file's tests and closes every browser, Chromium and the stack
 * after them. Call it at the top level of a test file.
 */
export function browserSuite(options: StackOptions = {}): BrowserSuite {
  let stack: Stack | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) throw new Error('client/dist is missing: run `npm run build:client` first (npm test does).');
    stack = await startStack(options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await stack?.stop();
  });
  const started = <T>(part: T | undefined): T => {
    if (!part) throw new Error('The browser suite is not started: use it inside tests.');
    return part;
  };
  return {
    get stack() {
      return started(stack);
    },
    sql: (query, params = []) => started(stack).orm.em.fork().getConnection().execute(query, params),
    async signIn(email, password, viewport) {
      const { context, page } = await signedInBrowser(started(browser), started(stack).url, { email, password, viewport });
      contexts.push(context);
      return page;
    },
    async anonymous(viewport) {
      const { context, page } = await freshBrowser(started(browser), viewport);
      contexts.push(context);
      return page;
    },
  };
}
