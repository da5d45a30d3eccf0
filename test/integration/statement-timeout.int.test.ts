import { openOrm } from '../../server/src/db/database';
import { startStack, type Stack } from '../support/stack';
import { testEnv } from '../support/test-env';

/**
 * PostgreSQL cancels an api statement that runs past DB_STATEMENT_TIMEOUT_MS, so one slow query cannot
 * hold a pooled connection for long; a pool opened without the setting (the worker's) keeps no limit.
 */
let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ worker: false, env: { DB_STATEMENT_TIMEOUT_MS: '300' } });
});
afterAll(() => stack?.stop());

// The stack's ORM is the one its api runs on.
const apiPool = () => stack.orm.em.fork().getConnection();

it('the api pool carries the timeout', async () => {
  expect(await apiPool().execute('show statement_timeout')).toEqual([{ statement_timeout: '300ms' }]);
});

it('a slow statement through the api pool is cancelled at the timeout', async () => {
  const started = performance.now();
  await expect(apiPool().execute('select pg_sleep(5)')).rejects.toThrow(/canceling statement due to statement timeout/);
  const ms = performance.now() - started;
  expect(ms).toBeGreaterThanOrEqual(250);
  expect(ms).toBeLessThan(3_000);
});

it('positive control: a statement within the timeout runs, and the api answers afterwards', async () => {
  expect(await apiPool().execute('select pg_sleep(0.05), 1 as one')).toEqual([{ pg_sleep: '', one: 1 }]);
  const res = await fetch(`${stack.url}/healthz`);
  expect(res.status).toBe(200);
});

it('a pool opened without the setting (the worker, migrations) has no statement timeout', async () => {
  const orm = await openOrm(testEnv().databaseUrl);
  try {
    expect(await orm.em.fork().getConnection().execute('show statement_timeout')).toEqual([{ statement_timeout: '0' }]);
  } finally {
    await orm.close();
  }
});
