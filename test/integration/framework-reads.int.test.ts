import { randomUUID } from 'node:crypto';
import { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';
import { startStack, type Stack } from '../support/stack';
import { statementsDuring } from '../support/statement-counter';

/**
 * Framework versions as the sector body's frameworks page reads them, with every norm's competencies: the
 * content comes back whole and in the framework's order, and a request costs the same number of statements
 * however many categories, norms and competency links a version has (they are loaded in batches per request).
 */

const VERSIONS = `{ frameworkVersions { id name categories { code norms { code title description guidance exampleEvidence position competencies { code title } } } } }`;
const IMPORT = `mutation($i: ImportFrameworkVersionInput!) { importFrameworkVersion(input: $i) { id } }`;

const tag = randomUUID().slice(0, 8);
let stack: Stack;
let admin: GqlSession;

/** A framework of `categories` × `normsPerCategory` norms, each linked to two of five competencies. */
function frameworkJson(categories: number, normsPerCategory: number): string {
  const competencies = [1, 2, 3, 4, 5].map((k) => ({ code: `C${k}`, title: `Testcompetentie ${k}` }));
  return JSON.stringify({
    competencies,
    categories: Array.from({ length: categories }, (_, c) => ({
      code: `K${c + 1}`,
      title: `Testcategorie ${c + 1}`,
      norms: Array.from({ length: normsPerCategory }, (_, n) => ({
        code: `K${c + 1}-${n + 1}`,
        title: `Testnorm ${c + 1}.${n + 1}`,
        description: 'Testbeschrijving',
        // Listed out of order on purpose: the answer gives them in the framework's order.
        competencies: [`C${((n + 2) % 5) + 1}`, `C${(n % 5) + 1}`],
      })),
    })),
  });
}

async function importVersion(name: string, categories: number, normsPerCategory: number): Promise<string> {
  const { importFrameworkVersion } = await admin.ok(IMPORT, {
    i: { clientMutationId: mutationId(), name, version: '1.0', effectiveDate: '2027-01-01', format: 'JSON', content: frameworkJson(categories, normsPerCategory) },
  });
  return importFrameworkVersion.id;
}

beforeAll(async () => {
  // Every request looks its session up (no cache), so a slow import between the two reads cannot change the count.
  stack = await startStack({ worker: false, env: { SESSION_CACHE_SECONDS: '0' } });
  admin = new GqlSession(stack.url);
  await admin.login('secretariaat@swn.demo', 'demo-wachtwoord');
});

afterAll(async () => {
  await stack?.stop();
});

describe('frameworkVersions', () => {
  it('gives every norm with its competencies, in the order of the framework', async () => {
    const id = await importVersion(`Testkader klein ${tag}`, 2, 3);
    const { frameworkVersions } = await admin.ok(VERSIONS);
    const version = frameworkVersions.find((v: any) => v.id === id);
    expect(version.categories.map((c: any) => c.code)).toEqual(['K1', 'K2']);
    expect(version.categories[1].norms.map((n: any) => n.code)).toEqual(['K2-1', 'K2-2', 'K2-3']);
    expect(version.categories[1].norms[0]).toEqual({
      code: 'K2-1',
      title: 'Testnorm 2.1',
      description: 'Testbeschrijving',
      guidance: '',
      exampleEvidence: '',
      position: 1,
      competencies: [
        { code: 'C1', title: 'Testcompetentie 1' },
        { code: 'C3', title: 'Testcompetentie 3' },
      ],
    });
    expect(version.categories[1].norms[2].competencies.map((c: any) => c.code)).toEqual(['C3', 'C5']);
  });

  it('costs the same statements for a version of 400 norms as without it', async () => {
    const before = await statementsDuring(stack.orm, () => admin.ok(VERSIONS));
    const id = await importVersion(`Testkader groot ${tag}`, 8, 50);
    const after = await statementsDuring(stack.orm, () => admin.ok(VERSIONS));
    const large = after.result.frameworkVersions.find((v: any) => v.id === id);
    expect(large.categories.flatMap((c: any) => c.norms)).toHaveLength(400);
    expect(large.categories.flatMap((c: any) => c.norms).every((n: any) => n.competencies.length === 2)).toBe(true);
    expect(after.statements).toHaveLength(before.statements.length);
    // The versions, their categories, the norms of all categories and the competencies of all norms, plus the session lookup.
    expect(after.statements.length).toBeLessThanOrEqual(6);
  });
});
