import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { TEMPORAL_SERVER_VERSION } from '../../server/src/launcher/temporal-server-install';

/**
 * Checks docker-compose.yml without a Docker engine: dclint validates it against the Compose schema
 * (and the rules kept in .dclintrc.json), and the assertions below pin how the stack fits together.
 */

const ROOT = resolve(__dirname, '../..');
const COMPOSE_FILE = join(ROOT, 'docker-compose.yml');
const DCLINT_CONFIG = join(ROOT, '.dclintrc.json');
const DCLINT_BIN = join(dirname(require.resolve('dclint/package.json')), 'bin', 'dclint.cjs');

interface LintMessage {
  rule: string;
  type: 'error' | 'warning';
  message: string;
  line: number;
}

interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
}

interface Lint {
  status: number | null;
  results: LintResult[];
}

function dclint(file: string): Lint {
  const run = spawnSync(
    process.execPath,
    [DCLINT_BIN, file, '--config', DCLINT_CONFIG, '--formatter', 'json', '--no-color'],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
  );
  let results: LintResult[];
  try {
    results = JSON.parse(run.stdout) as LintResult[];
  } catch {
    // Without a JSON report dclint did not get as far as linting (bad config, missing file...).
    throw new Error(`dclint gave no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return { status: run.status, results };
}

type Service = {
  build?: string | { context?: string; dockerfile?: string };
  image?: string;
  container_name?: string;
  depends_on?: string[] | Record<string, { condition?: string }>;
  environment?: Record<string, unknown> | string[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  volumes?: (string | { source?: string })[];
};

type ComposeFile = {
  version?: unknown;
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};

const compose = parse(readFileSync(COMPOSE_FILE, 'utf8')) as ComposeFile;
const services = compose.services;

function conditionOf(service: Service, dependency: string): string | undefined {
  const deps = service.depends_on;
  if (Array.isArray(deps)) return deps.includes(dependency) ? 'service_started' : undefined;
  const dep = deps?.[dependency];
  return dep ? (dep.condition ?? 'service_started') : undefined;
}

describe('docker-compose.yml', () => {
  let lint: Lint;

  beforeAll(() => {
    lint = dclint(COMPOSE_FILE);
  }, 60_000);

  it('passes dclint: Compose schema and the rules kept in .dclintrc.json', () => {
    expect(lint.results).toHaveLength(1);
    const [result] = lint.results;
    expect(result.messages).toEqual([]);
    expect(result.errorCount).toBe(0);
    expect(lint.status).toBe(0);
  });

  it('would report a schema error (the check above is not vacuous)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'labelcycle-compose-'));
    try {
      const broken = join(dir, 'docker-compose.yml');
      const original = readFileSync(COMPOSE_FILE, 'utf8');
      const mutated = original.replace(/^ {2}worker:\n/m, '  worker:\n    replicaz: 3\n');
      expect(mutated).not.toBe(original);
      writeFileSync(broken, mutated);
      const { status, results } = dclint(broken);
      expect(status).not.toBe(0);
      expect(results[0].messages.map((m) => m.rule)).toContain('invalid-schema');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('has no obsolete version key', () => {
    expect(compose).not.toHaveProperty('version');
  });

  it.each(['postgres', 'temporal-schema', 'temporal', 'temporal-namespace', 'temporal-ui', 'migrate', 'api', 'worker'])('defines the %s service', (name) => {
    expect(services).toHaveProperty([name]);
  });

  it.each(['migrate', 'api', 'worker'])('builds %s from the Dockerfile', (name) => {
    const build = services[name].build;
    const context = typeof build === 'string' ? build : build?.context;
    const dockerfile = typeof build === 'object' ? (build.dockerfile ?? 'Dockerfile') : 'Dockerfile';
    expect(context).toBeDefined();
    expect(existsSync(join(ROOT, context as string, dockerfile))).toBe(true);
    expect(resolve(ROOT, context as string, dockerfile)).toBe(join(ROOT, 'Dockerfile'));
  });

  it.each(['postgres', 'temporal', 'api', 'worker'])('gives %s a healthcheck', (name) => {
    const healthcheck = services[name].healthcheck;
    expect(healthcheck?.disable).not.toBe(true);
    expect(healthcheck?.test).toBeDefined();
  });

  it('lays the Temporal schema once PostgreSQL is healthy, and starts Temporal after that', () => {
    expect(conditionOf(services['temporal-schema'], 'postgres')).toBe('service_healthy');
    expect(conditionOf(services.temporal, 'temporal-schema')).toBe('service_completed_successfully');
  });

  it.each(['api', 'worker'])('starts %s after the migrations and once the namespace is registered', (name) => {
    expect(conditionOf(services[name], 'migrate')).toBe('service_completed_successfully');
    expect(conditionOf(services[name], 'temporal-namespace')).toBe('service_completed_successfully');
  });

  it('runs the Temporal server version `npm run cluster` builds, and its schema tool from the same release', () => {
    expect(services.temporal.image).toBe(`temporalio/server:${TEMPORAL_SERVER_VERSION}`);
    expect(services['temporal-schema'].image).toBe(`temporalio/admin-tools:${TEMPORAL_SERVER_VERSION}`);
    expect(services['temporal-namespace'].image).toBe(`temporalio/admin-tools:${TEMPORAL_SERVER_VERSION}`);
  });

  it('gives Temporal the dynamic settings `npm run cluster` uses', () => {
    expect(services.temporal.volumes).toContain('./deploy/temporal/dynamicconfig.yaml:/etc/temporal/config/dynamicconfig/labelcycle.yaml:ro');
  });

  it.each(['api', 'worker'])('leaves %s free to scale (no fixed container name)', (name) => {
    expect(services[name].container_name).toBeUndefined();
  });

  it('makes the api listen on all interfaces inside its container', () => {
    expect((services.api.environment as Record<string, unknown>).HOST).toBe('0.0.0.0');
  });

  it('points every dependency at a defined service and every named volume at a declared one', () => {
    for (const service of Object.values(services)) {
      const deps = service.depends_on ?? [];
      for (const dep of Array.isArray(deps) ? deps : Object.keys(deps)) {
        expect(Object.keys(services)).toContain(dep);
      }
      for (const volume of service.volumes ?? []) {
        const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source;
        if (source && !/^[./~]/.test(source)) {
          expect(Object.keys(compose.volumes ?? {})).toContain(source);
        }
      }
    }
  });
});
