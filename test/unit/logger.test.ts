import type { DestinationStream } from 'pino';
import { createLogger, type LoggerSettings } from '../../server/src/common/logger';
import { loadConfig } from '../../server/src/config';
import { addLogFields, runWithLogFields } from '../../server/src/common/log-context';
import { temporalLevel, temporalLogger } from '../../server/src/temporal/sdk-logger';
import { loggablePath } from '../../server/src/http/request-log';

/** What a logger wrote, line by line; the destination is passed in, as the logger module allows. */
function capture(): { stream: DestinationStream; lines: () => string[] } {
  let written = '';
  return { stream: { write: (chunk: string) => void (written += chunk) }, lines: () => written.split('\n').filter((l) => l !== '') };
}

/** A logger as an entry point makes it, from these environment variables. */
function loggerFor(env: Record<string, string>) {
  const config = loadConfig(env);
  const out = capture();
  const settings: LoggerSettings = { level: config.LOG_LEVEL, nodeEnv: config.NODE_ENV, destination: out.stream };
  return { log: createLogger(settings), lines: out.lines };
}

describe('LOG_LEVEL', () => {
  it('at debug, a debug line is written', () => {
    const { log, lines } = loggerFor({ NODE_ENV: 'production', LOG_LEVEL: 'debug' });
    log.child({ component: 'worker' }).debug('activity details');
    expect(lines().map((l) => JSON.parse(l).msg)).toEqual(['activity details']);
  });

  it('at info (the default), the same debug line is not, and an info line is', () => {
    const { log, lines } = loggerFor({ NODE_ENV: 'production' });
    const worker = log.child({ component: 'worker' });
    worker.debug('activity details');
    worker.info('polling task queue q');
    expect(lines().map((l) => JSON.parse(l).msg)).toEqual(['polling task queue q']);
  });

  it('at error, warnings are dropped and errors kept; silent writes nothing', () => {
    const atError = loggerFor({ NODE_ENV: 'production', LOG_LEVEL: 'error' });
    atError.log.warn('slow mail');
    atError.log.error('mail failed');
    expect(atError.lines().map((l) => JSON.parse(l).msg)).toEqual(['mail failed']);
    const silent = loggerFor({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
    silent.log.fatal('gone');
    expect(silent.lines()).toEqual([]);
  });

  it('is one of pino’s levels: anything else stops the process at start-up', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
    expect(loadConfig({}).LOG_LEVEL).toBe('info');
  });
});

describe('output format', () => {
  it('in production every line is one JSON object with level, time, component, message and error stack', () => {
    const { log, lines } = loggerFor({ NODE_ENV: 'production' });
    const api = log.child({ component: 'api' });
    api.info('listening on http://127.0.0.1:4000');
    api.error({ err: new Error('database unavailable') }, 'unexpected error');
    const [listening, failed] = lines().map((l) => JSON.parse(l));
    expect(lines()).toHaveLength(2);
    expect(listening).toEqual(expect.objectContaining({ level: 30, component: 'api', msg: 'listening on http://127.0.0.1:4000' }));
    expect(typeof listening.time).toBe('number');
    expect(failed).toEqual(expect.objectContaining({ level: 50, component: 'api', msg: 'unexpected error' }));
    expect(failed.err).toEqual(expect.objectContaining({ type: 'Error', message: 'database unavailable' }));
    expect(failed.err.stack).toMatch(/logger\.test\.ts/);
  });

  it('errors passed as `error` (as the Temporal SDK does) keep their message instead of becoming {}', () => {
    const { log, lines } = loggerFor({ NODE_ENV: 'production' });
    log.warn({ error: new Error('activity failed') }, 'Activity failed');
    expect(JSON.parse(lines()[0]).error).toEqual(expect.objectContaining({ message: 'activity failed' }));
  });

  it('positive control: in development the same line is readable text, not JSON', () => {
    const { log, lines } = loggerFor({ NODE_ENV: 'development' });
    log.child({ component: 'api' }).info('listening on http://127.0.0.1:4000');
    expect(lines()).toHaveLength(1);
    expect(() => JSON.parse(lines()[0])).toThrow();
    expect(lines()[0]).toMatch(/INFO.*\[api\] listening on http:\/\/127\.0\.0\.1:4000$/);
  });
});

describe('the Temporal SDK through pino', () => {
  it('keeps the SDK’s level and metadata and follows LOG_LEVEL', () => {
    const { log, lines } = loggerFor({ NODE_ENV: 'production', LOG_LEVEL: 'warn' });
    const sdk = temporalLogger(log.child({ component: 'temporal' }));
    sdk.info('Worker state changed', { state: 'RUNNING' });
    sdk.warn('Activity failed', { sdkComponent: 'worker', activityType: 'notify' });
    sdk.log('ERROR', 'Worker failed');
    expect(lines().map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ level: 40, component: 'temporal', sdkComponent: 'worker', activityType: 'notify', msg: 'Activity failed' }),
      expect.objectContaining({ level: 50, component: 'temporal', msg: 'Worker failed' }),
    ]);
  });

  it('asks the native core for what LOG_LEVEL lets through', () => {
    expect(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'].map(temporalLevel)).toEqual([
      'TRACE',
      'DEBUG',
      'INFO',
      'WARN',
      'ERROR',
      'ERROR',
      'ERROR',
    ]);
  });
});

describe('componentLogger (the logger the processes use)', () => {
  const saved = process.env.LOG_LEVEL;
  afterEach(() => {
    if (saved === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = saved;
  });

  // A fresh copy of the module each time: it makes its root logger once per process, from the environment.
  const freshModule = async (level: string) => {
    process.env.LOG_LEVEL = level;
    let loaded: typeof import('../../server/src/common/logger') | undefined;
    await jest.isolateModulesAsync(async () => {
      loaded = await import('../../server/src/common/logger');
    });
    return loaded!;
  };

  it('takes LOG_LEVEL from the environment', async () => {
    const atDebug = (await freshModule('debug')).componentLogger('worker');
    expect(atDebug.isLevelEnabled('debug')).toBe(true);
    const atWarn = (await freshModule('warn')).componentLogger('worker');
    expect(atWarn.isLevelEnabled('info')).toBe(false);
    expect(atWarn.isLevelEnabled('warn')).toBe(true);
  });

  it('gives each component one object, so a test can spy on what the code logs through', async () => {
    const { componentLogger } = await freshModule('info');
    expect(componentLogger('api')).toBe(componentLogger('api'));
    expect(componentLogger('api')).not.toBe(componentLogger('worker'));
    expect(componentLogger('api').bindings()).toEqual({ component: 'api' });
  });
});

describe('what a line carries and what it never does', () => {
  it('lines logged within a request carry its fields; lines outside it do not', () => {
    const { log, lines } = loggerFor({ NODE_ENV: 'production' });
    runWithLogFields({ requestId: 'r-1' }, () => {
      addLogFields({ userId: 'u-1', cycleId: 'c-1', workflowId: 'certification-cycle-c-1' });
      log.info('inside');
    });
    log.info('outside');
    const [inside, outside] = lines().map((l) => JSON.parse(l));
    expect(inside).toEqual(expect.objectContaining({ requestId: 'r-1', userId: 'u-1', cycleId: 'c-1', workflowId: 'certification-cycle-c-1' }));
    expect(outside.requestId).toBeUndefined();
  });

  it('secrets and personal data are censored at any of three levels, e-mail addresses wherever they are', () => {
    const { log, lines } = loggerFor({ NODE_ENV: 'production' });
    log.info(
      {
        password: 'hunter2',
        input: { email: 'jan@voorbeeld.nl', name: 'Jan Jansen', token: 'abc' },
        req: { headers: { authorization: 'Bearer xyz', cookie: 'lc_session=s3cr3t', 'set-cookie': 'lc_session=s3cr3t' } },
        reason: 'recipient piet@voorbeeld.nl refused',
        status: 200,
      },
      'mail to kees@voorbeeld.nl failed',
    );
    const line = lines()[0];
    for (const secret of ['hunter2', 'voorbeeld.nl', 'Jan Jansen', 'abc', 'xyz', 's3cr3t']) expect(line).not.toContain(secret);
    const parsed = JSON.parse(line);
    expect(parsed.password).toBe('[redacted]');
    expect(parsed.input).toEqual({ email: '[redacted]', name: '[redacted]', token: '[redacted]' });
    expect(parsed.req.headers).toEqual({ authorization: '[redacted]', cookie: '[redacted]', 'set-cookie': '[redacted]' });
    expect(parsed.msg).toBe('mail to [email] failed');
    expect(parsed.reason).toBe('recipient [email] refused');
    expect(parsed.status).toBe(200);
  });
});

describe('censoring', () => {
  it('an error with a secret among its fields keeps its type, message and stack; the caller’s objects are not changed', () => {
    const { log, lines } = loggerFor({ NODE_ENV: 'production' });
    const err = Object.assign(new TypeError('login failed'), { token: 'abc', request: { cookie: 'lc_session=s3cr3t' } });
    const given = { err, items: [{ password: 'hunter2', kept: 1 }], deep: { a: { b: { password: 'four levels down' } } } };
    log.error(given, 'failed');
    const parsed = JSON.parse(lines()[0]);
    expect(parsed.err).toEqual(expect.objectContaining({ type: 'TypeError', message: 'login failed', token: '[redacted]', request: { cookie: '[redacted]' } }));
    expect(parsed.err.stack).toMatch(/logger\.test\.ts/);
    expect(parsed.items).toEqual([{ password: '[redacted]', kept: 1 }]);
    // Three levels, as documented: a fourth is written as it is.
    expect(parsed.deep.a.b.password).toBe('four levels down');
    expect(err.token).toBe('abc');
    expect(given.items[0].password).toBe('hunter2');
  });

  it('a line with nothing to censor is written as given, dates as their JSON', () => {
    const { log, lines } = loggerFor({ NODE_ENV: 'production' });
    const given = { at: new Date(0), status: 200, nested: { ok: [1, 2], list: [{ id: 'a' }] } };
    log.child({ component: 'api' }).info(given, 'plain');
    const parsed = JSON.parse(lines()[0]);
    expect(parsed).toEqual(expect.objectContaining({ component: 'api', at: '1970-01-01T00:00:00.000Z', status: 200, nested: { ok: [1, 2], list: [{ id: 'a' }] } }));
  });
});

describe('request paths in the log', () => {
  it('never hold the secret of a calendar feed address, and stay as they are otherwise', () => {
    const secret = 'iw_aXZb-L52q8THVom7WA4rT2sVwTvQkFF5nWwfmoVE';
    expect(loggablePath(`/calendar/${secret}.ics`)).toBe('/calendar/[secret]');
    expect(loggablePath('/graphql')).toBe('/graphql');
    expect(loggablePath('/evidence/3f0c7a52-5b0e-4a51-9d55-1c1f1a0b2e77')).toBe('/evidence/3f0c7a52-5b0e-4a51-9d55-1c1f1a0b2e77');
    expect(loggablePath('/register.csv')).toBe('/register.csv');
  });
});
