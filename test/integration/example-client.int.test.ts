import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

/**
 * The example client of docs/api.md and the README (docs/examples/take-a-step.mjs), run as it is, with
 * `node`, against a real api, worker and database: so the example keeps working as the API changes.
 */

const SCRIPT = path.resolve(__dirname, '../../docs/examples/take-a-step.mjs');
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

let stack: Stack;
let org: OrgFixture;

beforeAll(async () => {
  stack = await startStack();
  org = await createOrganisation(stack.orm.em.fork(), 'Voorbeeldclient');
});
afterAll(async () => {
  await stack?.stop();
});

/** Runs the example as a person would, with only the variables it documents; its output and exit code. */
async function runExample(email: string, password = PASSWORD): Promise<{ code: number; out: string }> {
  const env = { PATH: process.env.PATH ?? '', LABELCYCLE_URL: stack.url, LABELCYCLE_EMAIL: email, LABELCYCLE_PASSWORD: password };
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT], { env, timeout: 60_000 });
    return { code: 0, out: stdout };
  } catch (err) {
    const failed = err as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw err;
    // A crash (not a refusal) shows its stack on stderr; the assertions below then show it too.
    return { code: failed.code, out: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const cyclesOf = async (organisationId: string) =>
  stack.orm.em.fork().getConnection().execute(`select id, phase, step from cycle where organisation_id = ? order by created_at`, [organisationId]);

describe('the example client script', () => {
  it('signs in, starts a cycle for an organisation without one and completes its preparation', async () => {
    const run = await runExample(org.officer);
    expect(run).toEqual({ code: 0, out: expect.stringMatching(new RegExp(`^Signed in as .+ \\(ORG_QUALITY_OFFICER\\) of ${org.organisation.name}\\.\n`)) });
    const started = new RegExp(`^Started cycle (${UUID}) on .+\\.$`, 'm').exec(run.out);
    expect(started).not.toBeNull();
    expect(run.out).toContain('completePreparation: the cycle is now in SELF_EVALUATION.\n');
    expect(await cyclesOf(org.organisation.id)).toEqual([{ id: started![1], phase: 'SELF_EVALUATION', step: null }]);
  });

  it('finds the open cycle next time, and prints the refusal of a step that is no longer possible', async () => {
    const [cycle] = await cyclesOf(org.organisation.id);
    const run = await runExample(org.officer);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`Open cycle ${cycle.id}, in SELF_EVALUATION.\n`);
    expect(run.out).toMatch(/^Refused \(WRONG_PHASE\): .+$/m);
    expect(await cyclesOf(org.organisation.id)).toEqual([{ id: cycle.id, phase: 'SELF_EVALUATION', step: null }]);
  });

  it('is what the README shows of it', () => {
    const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
    const shown = /^## Building on the API$[\s\S]*?^```js\n([\s\S]*?)^```$/m.exec(readme)?.[1];
    expect(shown).toMatch(/^try \{\n[\s\S]*completePreparation[\s\S]*\n\}\n$/);
    expect(readFileSync(SCRIPT, 'utf8')).toContain(shown);
  });

  it('prints a refused login with its code and takes no step', async () => {
    const other = await createOrganisation(stack.orm.em.fork(), 'Voorbeeldclient fout wachtwoord');
    const run = await runExample(other.officer, 'not-the-password');
    expect(run).toEqual({ code: 1, out: 'Refused (UNAUTHENTICATED): E-mail address or password is not correct.\n' });
    expect(await cyclesOf(other.organisation.id)).toEqual([]);
  });
});
