import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { sweepEvidence } from '../../server/src/modules/evidence/evidence-sweeper';
import { createCiTeam, placeCycle, type CiTeam } from '../support/content-fixtures';
import { downloadEvidence, downloadSha256, pdfContent, sha256Of, uploadEvidence } from '../support/evidence-http';
import { today } from '../support/dates';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession, signedIn } from '../support/gql';
import { mutationId, SAVE_ANSWER, START_CYCLE, startInput } from '../support/operations';
import { startStack, type Stack } from '../support/stack';
import { announced, kill, rssOf, spawnEntry, stackProcessEnv } from '../support/worker-process';

/**
 * Evidence end to end against the api in this process: streamed uploads (limits, types, dedupe), downloads
 * and who may make them, links and their immutability, carry-over, and the sweeper. Cycles are started
 * through GraphQL and then placed in a phase with SQL, as the projection would (no worker runs).
 */

const MB = 1024 * 1024;
const LINK = `mutation($i: LinkEvidenceInput!) { linkEvidence(input: $i) { id cycleId normId normCode selfEvaluationAnswerId linkedInPhase locked carriedOver evidence { id name } } }`;
const UNLINK = `mutation($i: UnlinkEvidenceInput!) { unlinkEvidence(input: $i) }`;
const DELETE = `mutation($i: DeleteEvidenceInput!) { deleteEvidence(input: $i) }`;
const ADD_VERSION = `mutation($i: AddEvidenceVersionInput!) { addEvidenceVersion(input: $i) { id documentId previousVersionId isLatestVersion } }`;
const LIBRARY = `query($first: Int!, $after: String, $search: String) { evidence(first: $first, after: $after, search: $search) {
  totalCount pageInfo { endCursor hasNextPage } nodes { id name type size sha256 documentId previousVersionId isLatestVersion uploadedByName downloadUrl versions { id } }
} }`;
const CYCLE_LINKS = `query($id: ID!) { cycle(id: $id) { evidenceLinks { id normId normCode locked carriedOver linkedInPhase evidence { id } } } }`;
const CARRY_OVER = `query($id: ID!) { cycle(id: $id) { evidenceCarryOver { evidence { id name } normCodes stillValid confirmedAt } } }`;
const CONFIRM = `mutation($i: ConfirmEvidenceStillValidInput!) { confirmEvidenceStillValid(input: $i) { evidence { id } normCodes stillValid } }`;

let stack: Stack;
let evidenceDir: string;
let norms: { id: string; code: string }[];
/** The organisations this file made: the database is shared with other test files, the folder is not. */
const organisations = new Set<string>();

const conn = () => stack.orm.em.fork().getConnection();

const session = (email: string, password = PASSWORD): Promise<GqlSession> => signedIn(stack.url, email, password);

/** A fresh organisation with its officer, internal auditor and viewer signed in, and a cycle in `phase`. */
async function organisationWithCycle(label: string, phase = 'SELF_EVALUATION') {
  const org = await createOrganisation(stack.orm.em.fork(), label);
  organisations.add(org.organisation.id);
  const officer = await session(org.officer);
  const cycleId: string = (await officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
  await placeCycle(conn(), cycleId, phase);
  return { org, officer, internalAuditor: await session(org.internalAuditor), viewer: await session(org.viewer), cycleId };
}

async function assignCi(cycleId: string, ci: CiTeam): Promise<void> {
  await conn().execute(`update cycle set certifying_institution_id = ?, lead_auditor_id = ?, co_auditor_id = ? where id = ?`, [
    ci.ciId,
    ci.lead.id,
    ci.co.id,
    cycleId,
  ]);
}

const cookieOf = (s: GqlSession) => s.sessionCookie!;
const small = (text: string) => () => [Buffer.from(text)];
const pdf = (tag: string, size = 4096) => () => pdfContent(size, tag);
const link = (who: GqlSession, i: Record<string, unknown>) => who.ok(LINK, { i: { clientMutationId: mutationId(), ...i } });

async function uploadPdf(who: GqlSession, tag: string, extra: { fields?: Record<string, string>; size?: number; name?: string } = {}) {
  const answer = await uploadEvidence(stack.url, { cookie: cookieOf(who), fileName: extra.name ?? `${tag}.pdf`, content: pdf(tag, extra.size), fields: extra.fields });
  if (answer.status !== 201) throw new Error(`upload ${tag}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as { id: string; name: string; type: string; size: number; sha256: string };
}

/** Files under the storage folder: content files by key, spool files by name. */
function storedFiles(): { content: string[]; spool: string[] } {
  const contentRoot = path.join(evidenceDir, 'content');
  const content = existsSync(contentRoot)
    ? readdirSync(contentRoot).flatMap((org) => readdirSync(path.join(contentRoot, org)).map((f) => `${org}/${f}`))
    : [];
  const spoolDir = path.join(evidenceDir, 'tmp');
  return { content, spool: existsSync(spoolDir) ? readdirSync(spoolDir) : [] };
}

async function waitFor(check: () => boolean, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Peak RSS growth of an api of its own (the built entry point, as deployed) while `work` sends to it, sampled
 * every 10 ms. The api is apart from this process, whose heap also makes the uploads and, in a test worker
 * that has just started, still grows for reasons of its own. One small upload refused for its type goes first, so
 * what every upload sets up once (the multipart parser, the type check, the spool) is in the baseline.
 */
async function apiRssGrowth<T>(cookie: string, work: (url: string) => Promise<T>): Promise<{ result: T; growth: number }> {
  const api = await spawnEntry('api', stackProcessEnv(stack.taskQueue, evidenceDir, { PORT: '0' }));
  try {
    const url = announced(api, 'listening on');
    const pid = api.child.pid!;
    // Small and sent whole before the answer: a refusal mid-body could cut the connection before the answer is read.
    const warmUp = await uploadEvidence(url, { cookie, fileName: 'opwarmen.pdf', content: () => [Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64 * 1024)])] });
    expect(warmUp.status).toBe(415);
    await new Promise((r) => setTimeout(r, 300));
    const before = rssOf(pid);
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 10);
    try {
      const result = await work(url);
      peak = Math.max(peak, rssOf(pid));
      // The api removes a spool file just after its answer: stopped before that, it would leave the file behind.
      await waitFor(() => storedFiles().spool.length === 0);
      return { result, growth: peak - before };
    } finally {
      clearInterval(timer);
    }
  } finally {
    await kill(api.child);
  }
}

beforeAll(async () => {
  // Its own folder: the sweeper test must see only this file's evidence, and other runs must not see ours.
  evidenceDir = mkdtempSync(path.join(os.tmpdir(), 'labelcycle-evidence-'));
  stack = await startStack({ env: { EVIDENCE_DIR: evidenceDir } });
  norms = await conn().execute(
    `select n.id, n.code from norm n join framework_category c on c.id = n.category_id
     where n.framework_version_id = ? order by c.position, n.position`,
    [stack.demo.framework.id],
  );
});
afterAll(async () => {
  await stack?.stop();
  if (evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
});

describe('upload and download', () => {
  let a: Awaited<ReturnType<typeof organisationWithCycle>>;
  beforeAll(async () => {
    a = await organisationWithCycle('Bewijs A');
    // Ten small uploads at once first, so the memory measurements below see the streaming path's steady
    // state rather than the process's one-time growth (code compiled, V8's young generation grown to size).
    await Promise.all(Array.from({ length: 10 }, (_, i) => uploadPdf(a.officer, `warm-up-${i}`, { size: 2 * MB })));
  });

  it('round trip: the download is the upload, byte for byte, with the SHA-256 the upload reported', async () => {
    const chunks = [...pdfContent(3 * MB + 17, 'round-trip')];
    const sha256 = sha256Of(chunks);
    const up = await uploadEvidence(stack.url, {
      cookie: cookieOf(a.officer),
      fileName: 'Kwaliteitshandboek één.pdf',
      content: () => chunks,
      fields: { cycleId: a.cycleId },
    });
    expect(up.status).toBe(201);
    expect(up.body).toEqual({
      id: expect.any(String),
      name: 'Kwaliteitshandboek één.pdf',
      originalName: 'Kwaliteitshandboek één.pdf',
      type: 'application/pdf',
      size: 3 * MB + 17,
      sha256,
    });

    const down = await downloadEvidence(stack.url, up.body.id, cookieOf(a.viewer));
    expect(down.status).toBe(200);
    expect(createHash('sha256').update(down.body).digest('hex')).toBe(sha256);
    expect(down.body.equals(Buffer.concat(chunks))).toBe(true);
    expect(down.headers.get('content-type')).toBe('application/pdf');
    expect(down.headers.get('content-length')).toBe(String(3 * MB + 17));
    expect(down.headers.get('content-disposition')).toBe(
      `attachment; filename="Kwaliteitshandboek __n.pdf"; filename*=UTF-8''Kwaliteitshandboek%20%C3%A9%C3%A9n.pdf`,
    );
    expect(down.headers.get('x-content-type-options')).toBe('nosniff');

    const { evidence, evidenceUploadRules } = await a.viewer.ok(`query($first: Int!, $search: String) {
      evidence(first: $first, search: $search) { totalCount nodes { id sha256 size isLatestVersion downloadUrl } }
      evidenceUploadRules { maxBytes allowedTypes }
    }`, { first: 10, search: 'handboek één' });
    expect(evidenceUploadRules).toEqual({ maxBytes: 25 * MB, allowedTypes: expect.arrayContaining(['application/pdf', 'text/plain']) });
    expect(evidence.totalCount).toBe(1);
    expect(evidence.nodes[0]).toMatchObject({ id: up.body.id, sha256, size: 3 * MB + 17, isLatestVersion: true, downloadUrl: `/evidence/${up.body.id}` });
    expect(storedFiles().content).toContain(`${a.org.organisation.id}/${sha256}`);
  });

  it('keeps the name without folders or direction characters, and text as text with its charset', async () => {
    const up = await uploadEvidence(stack.url, {
      cookie: cookieOf(a.internalAuditor),
      fileName: '../../tmp/notulen\u202e.csv',
      content: small('datum;onderwerp\n2026-01-12;intervisie\n'),
    });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ name: 'notulen.csv', type: 'text/csv' });
    const down = await downloadEvidence(stack.url, up.body.id, cookieOf(a.officer));
    expect(down.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(down.body.toString('utf8')).toBe('datum;onderwerp\n2026-01-12;intervisie\n');
  });

  it('refuses without the upload header (400), signed out (401), and for a viewer or an auditor (403)', async () => {
    const ci = await createCiTeam(stack.orm.em.fork());
    const lead = await session(ci.lead.email);
    const attempt = (cookie: string | null, withoutUploadHeader = false) =>
      uploadEvidence(stack.url, { cookie, fileName: 'x.pdf', content: pdf('refused'), withoutUploadHeader });
    expect((await attempt(cookieOf(a.officer), true)).status).toBe(400);
    expect((await attempt(null)).body.code).toBe('UNAUTHENTICATED');
    expect((await attempt(null)).status).toBe(401);
    expect((await attempt(cookieOf(a.viewer))).status).toBe(403);
    expect((await attempt(cookieOf(lead))).status).toBe(403);
    const [{ n }] = await conn().execute(`select count(*)::int as n from evidence where sha256 = ?`, [sha256Of(pdfContent(4096, 'refused'))]);
    expect(n).toBe(0);
  });

  it("refuses a cycle or a previous version of another organisation as not found, and keeps nothing", async () => {
    const b = await organisationWithCycle('Bewijs vreemd');
    const theirs = await uploadPdf(b.officer, 'van-een-ander');
    const cases: [Record<string, string>, number][] = [
      [{ cycleId: b.cycleId }, 404],
      [{ previousEvidenceId: theirs.id }, 404],
      [{ cycleId: 'geen-id' }, 400],
    ];
    for (const [fields, status] of cases) {
      const answer = await uploadEvidence(stack.url, { cookie: cookieOf(a.officer), fileName: 'x.pdf', content: pdf('elders'), fields });
      expect({ fields, status: answer.status }).toEqual({ fields, status });
    }
    expect(await conn().execute(`select id from evidence where sha256 = ?`, [sha256Of(pdfContent(4096, 'elders'))])).toEqual([]);
    expect(storedFiles().content.filter((k) => k.endsWith(sha256Of(pdfContent(4096, 'elders'))))).toEqual([]);
    await waitFor(() => storedFiles().spool.length === 0);
  });

  it.each([
    ['an ELF executable', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4000)])],
    ['a Windows executable', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(4000)])],
  ])('refuses %s renamed to .pdf with 415, naming the allowed types, and keeps nothing', async (_, bytes) => {
    const before = await conn().execute(`select count(*)::int as n from evidence`);
    const up = await uploadEvidence(stack.url, { cookie: cookieOf(a.officer), fileName: 'jaarverslag.pdf', content: () => [bytes] });
    expect(up.status).toBe(415);
    expect(up.body.code).toBe('UNSUPPORTED_TYPE');
    expect(up.body.message).toContain('PDF');
    expect(up.body.message).toContain('OpenDocument');
    expect(up.body.allowedTypes).toEqual(expect.arrayContaining(['application/pdf', 'image/png', 'text/csv']));
    expect(await conn().execute(`select count(*)::int as n from evidence`)).toEqual(before);
    await waitFor(() => storedFiles().spool.length === 0);
  });

  it('answers 413 to a declared Content-Length over the limit before reading the body', async () => {
    const up = await uploadEvidence(stack.url, {
      cookie: cookieOf(a.officer),
      fileName: 'groot.pdf',
      contentLength: 40 * MB,
      // Only 64 KB is ever sent: an answer can only come from the declared length.
      content: function* () {
        yield* pdfContent(64 * 1024, 'declared');
        return;
      },
    });
    expect(up.status).toBe(413);
    expect(up.body).toMatchObject({ code: 'TOO_LARGE', maxBytes: 25 * MB });
  });

  it('ten 26 MB uploads at once: each 413 as soon as 25 MB is passed, while the api memory stays flat', async () => {
    const { result, growth } = await apiRssGrowth(cookieOf(a.officer), (url) =>
      Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          uploadEvidence(url, { cookie: cookieOf(a.officer), fileName: `te-groot-${i}.pdf`, content: pdf(`oversize-${i}`, 26 * MB) }),
        ),
      ),
    );
    for (const answer of result) expect(answer.body).toMatchObject({ code: 'TOO_LARGE', maxBytes: 25 * MB });
    expect(result.map((r) => r.status)).toEqual(Array(10).fill(413));
    expect(growth).toBeLessThan(50 * MB);
  });

  it('answers 413 as soon as the limit is passed, while the client is still sending', async () => {
    const answer = await uploadEvidence(stack.url, { cookie: cookieOf(a.officer), fileName: 'veel-te-groot.pdf', content: pdf('far-too-large', 200 * MB) });
    expect(answer.status).toBe(413);
    // What the socket buffers hold is a few MB at most; the client was far from done when the answer came.
    expect(answer.sentBeforeAnswer).toBeLessThan(60 * MB);
  });

  it('ten 24 MB uploads at once are stored, hashed while streaming, while the api memory stays flat', async () => {
    const { result, growth } = await apiRssGrowth(cookieOf(a.officer), (url) =>
      Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          uploadEvidence(url, { cookie: cookieOf(a.officer), fileName: `groot-${i}.pdf`, content: pdf(`large-${i}`, 24 * MB) }),
        ),
      ),
    );
    expect(result.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(growth).toBeLessThan(50 * MB);
    const expected = sha256Of(pdfContent(24 * MB, 'large-3'));
    expect(result[3].body.sha256).toBe(expected);
    expect(await downloadSha256(stack.url, result[3].body.id, cookieOf(a.officer))).toEqual({ status: 200, sha256: expected, size: 24 * MB });
  });

  it('stores the same content uploaded twice at once by one organisation once: one row, one file', async () => {
    const chunks = [...pdfContent(2 * MB, 'twice')];
    const sha256 = sha256Of(chunks);
    const both = await Promise.all(
      ['eerste.pdf', 'tweede.pdf', 'derde.pdf', 'vierde.pdf'].map((fileName) =>
        uploadEvidence(stack.url, { cookie: cookieOf(a.officer), fileName, content: () => chunks }),
      ),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(both.map((r) => r.body.id)).size).toBe(1);
    const again = await uploadEvidence(stack.url, { cookie: cookieOf(a.internalAuditor), fileName: 'vijfde.pdf', content: () => chunks });
    expect(again).toMatchObject({ status: 200, body: { id: both[0].body.id } });

    const [{ n }] = await conn().execute(`select count(*)::int as n from evidence where sha256 = ?`, [sha256]);
    expect(n).toBe(1);
    expect(storedFiles().content.filter((k) => k.endsWith(sha256))).toEqual([`${a.org.organisation.id}/${sha256}`]);

    // Another organisation's copy is its own evidence.
    const b = await organisationWithCycle('Bewijs dubbel B');
    const theirs = await uploadEvidence(stack.url, { cookie: cookieOf(b.officer), fileName: 'eerste.pdf', content: () => chunks });
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(both[0].body.id);
  });
});

describe('who may download', () => {
  let a: Awaited<ReturnType<typeof organisationWithCycle>>;
  let b: Awaited<ReturnType<typeof organisationWithCycle>>;
  let s: Record<'leadA' | 'coA' | 'unassignedA' | 'managerA' | 'leadB' | 'sector', GqlSession>;
  let linkedId: string;
  let unlinkedId: string;

  beforeAll(async () => {
    a = await organisationWithCycle('Toegang A');
    b = await organisationWithCycle('Toegang B');
    const ciA = await createCiTeam(stack.orm.em.fork());
    const ciB = await createCiTeam(stack.orm.em.fork());
    await assignCi(a.cycleId, ciA);
    await assignCi(b.cycleId, ciB);
    s = {
      leadA: await session(ciA.lead.email),
      coA: await session(ciA.co.email),
      unassignedA: await session(ciA.unassigned.email),
      managerA: await session(ciA.manager.email),
      leadB: await session(ciB.lead.email),
      sector: await session('secretariaat@swn.demo', DEMO_PASSWORD),
    };
    linkedId = (await uploadPdf(a.officer, 'toegang-gekoppeld')).id;
    unlinkedId = (await uploadPdf(a.officer, 'toegang-los')).id;
    await link(a.officer, { evidenceId: linkedId, cycleId: a.cycleId, normId: norms[0].id });
  });

  it('lets the organisation, the assigned auditors, the engaged CI manager and the sector body download linked evidence', async () => {
    for (const who of [a.officer, a.viewer, s.leadA, s.coA, s.managerA, s.sector]) {
      expect((await downloadEvidence(stack.url, linkedId, cookieOf(who))).status).toBe(200);
    }
  });

  it('answers 404, the same as for nothing, to another organisation, an auditor of another cycle, an unassigned auditor and anyone signed out', async () => {
    const nothing = await downloadEvidence(stack.url, randomUUID(), cookieOf(a.officer));
    expect(nothing.status).toBe(404);
    for (const cookie of [cookieOf(b.officer), cookieOf(s.leadB), cookieOf(s.unassignedA), null]) {
      const denied = await downloadEvidence(stack.url, linkedId, cookie);
      expect(denied.status).toBe(404);
      expect(denied.body.equals(nothing.body)).toBe(true);
    }
    expect((await downloadEvidence(stack.url, 'not-an-id', cookieOf(a.officer))).status).toBe(404);
  });

  it('keeps evidence that is in the library only (not linked) to the organisation', async () => {
    expect((await downloadEvidence(stack.url, unlinkedId, cookieOf(a.viewer))).status).toBe(200);
    for (const who of [s.leadA, s.sector, b.officer]) expect((await downloadEvidence(stack.url, unlinkedId, cookieOf(who))).status).toBe(404);
  });

  it("shows a cycle's links to those who may read the cycle, and the library only to the organisation", async () => {
    const { cycle } = await s.leadA.ok(CYCLE_LINKS, { id: a.cycleId });
    expect(cycle.evidenceLinks).toEqual([
      { id: expect.any(String), normId: norms[0].id, normCode: norms[0].code, locked: false, carriedOver: false, linkedInPhase: 'SELF_EVALUATION', evidence: { id: linkedId } },
    ]);
    expect((await s.leadB.refused(CYCLE_LINKS, { id: a.cycleId })).extensions.code).toBe('NOT_FOUND');
    expect((await s.leadA.refused(LIBRARY, { first: 10 })).extensions.code).toBe('NOT_ALLOWED');
    const { evidence } = await b.officer.ok(LIBRARY, { first: 10 });
    expect(evidence.nodes.map((n: { id: string }) => n.id)).not.toContain(linkedId);
  });
});

describe('links and the phases that fix them', () => {
  let a: Awaited<ReturnType<typeof organisationWithCycle>>;
  let evidenceId: string;
  let answerId: string;

  beforeAll(async () => {
    a = await organisationWithCycle('Vastgelegd');
    evidenceId = (await uploadPdf(a.officer, 'vastgelegd-v1')).id;
    answerId = (await a.officer.ok(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId: a.cycleId, normId: norms[1].id, score: 'MEETS' } })).saveSelfEvaluationAnswer.id;
  });

  it('links to a norm and to an answer; linking again returns the same link', async () => {
    const first = (await link(a.officer, { evidenceId, cycleId: a.cycleId, normId: norms[0].id })).linkEvidence;
    const again = (await link(a.internalAuditor, { evidenceId, cycleId: a.cycleId, normId: norms[0].id })).linkEvidence;
    expect(again.id).toBe(first.id);
    const toAnswer = (await link(a.officer, { evidenceId, selfEvaluationAnswerId: answerId })).linkEvidence;
    expect(toAnswer).toMatchObject({ selfEvaluationAnswerId: answerId, cycleId: a.cycleId, linkedInPhase: 'SELF_EVALUATION', locked: false });
  });

  it('refuses a link without exactly one target, to a norm without its cycle, by a viewer, and of evidence of another organisation', async () => {
    const refused = (who: GqlSession, i: Record<string, unknown>) => who.refused(LINK, { i: { clientMutationId: mutationId(), ...i } });
    expect((await refused(a.officer, { evidenceId })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'normId' });
    expect((await refused(a.officer, { evidenceId, normId: norms[0].id })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cycleId' });
    expect((await refused(a.viewer, { evidenceId, cycleId: a.cycleId, normId: norms[0].id })).extensions.code).toBe('NOT_ALLOWED');
    const other = await organisationWithCycle('Vreemd bewijs');
    const theirs = (await uploadPdf(other.officer, 'vreemd')).id;
    expect((await refused(a.officer, { evidenceId: theirs, cycleId: a.cycleId, normId: norms[0].id })).extensions.code).toBe('NOT_FOUND');
    expect((await refused(other.officer, { evidenceId: theirs, cycleId: a.cycleId, normId: norms[0].id })).extensions.code).toBe('NOT_FOUND');
  });

  it('unlinks and deletes freely while the phase is open', async () => {
    const loose = (await uploadPdf(a.officer, 'vastgelegd-los')).id;
    const { linkEvidence } = await link(a.officer, { evidenceId: loose, cycleId: a.cycleId, normId: norms[2].id });
    expect((await a.officer.ok(UNLINK, { i: { clientMutationId: mutationId(), linkId: linkEvidence.id } })).unlinkEvidence).toBe(linkEvidence.id);
    await link(a.officer, { evidenceId: loose, cycleId: a.cycleId, normId: norms[2].id });
    const [{ sha256 }] = await conn().execute(`select sha256 from evidence where id = ?`, [loose]);
    expect((await a.officer.ok(DELETE, { i: { clientMutationId: mutationId(), evidenceId: loose } })).deleteEvidence).toBe(loose);
    expect(await conn().execute(`select id from evidence_link where evidence_id = ?`, [loose])).toEqual([]);
    expect(storedFiles().content.some((k) => k.endsWith(sha256))).toBe(false);
  });

  it('once the self-evaluation is submitted: no unlink, no delete (LOCKED); a new version is added and the old stays downloadable', async () => {
    await conn().execute(`update cycle set self_evaluation_locked_at = now(), phase = 'INTERNAL_AUDIT' where id = ?`, [a.cycleId]);
    const { cycle } = await a.officer.ok(CYCLE_LINKS, { id: a.cycleId });
    expect(cycle.evidenceLinks.every((l: { locked: boolean }) => l.locked)).toBe(true);

    const unlink = await a.officer.refused(UNLINK, { i: { clientMutationId: mutationId(), linkId: cycle.evidenceLinks[0].id } });
    expect(unlink.extensions.code).toBe('LOCKED');
    const del = await a.officer.refused(DELETE, { i: { clientMutationId: mutationId(), evidenceId } });
    expect(del.extensions.code).toBe('LOCKED');
    const late = await a.officer.refused(LINK, { i: { clientMutationId: mutationId(), evidenceId, cycleId: a.cycleId, normId: norms[3].id } });
    expect(late.extensions.code).toBe('LOCKED');

    const v2 = await uploadPdf(a.internalAuditor, 'vastgelegd-v2', { fields: { previousEvidenceId: evidenceId } });
    const { evidence } = await a.officer.ok(LIBRARY, { first: 50, search: 'vastgelegd-v' });
    expect(evidence.nodes).toEqual([
      expect.objectContaining({ id: v2.id, documentId: evidenceId, previousVersionId: evidenceId, isLatestVersion: true, versions: [{ id: evidenceId }, { id: v2.id }] }),
    ]);
    const old = await downloadEvidence(stack.url, evidenceId, cookieOf(a.viewer));
    expect(old.status).toBe(200);
    expect(createHash('sha256').update(old.body).digest('hex')).toBe(sha256Of(pdfContent(4096, 'vastgelegd-v1')));

    // The old version has a successor now; a second successor would fork the chain.
    const fork = await uploadEvidence(stack.url, { cookie: cookieOf(a.officer), fileName: 'v2b.pdf', content: pdf('vastgelegd-v2b'), fields: { previousEvidenceId: evidenceId } });
    expect(fork).toMatchObject({ status: 409, body: { code: 'CONFLICT' } });
    // The unlinked new version can go again; the locked one stays.
    expect((await a.officer.ok(DELETE, { i: { clientMutationId: mutationId(), evidenceId: v2.id } })).deleteEvidence).toBe(v2.id);
    expect((await downloadEvidence(stack.url, evidenceId, cookieOf(a.officer))).status).toBe(200);

    // The same through GraphQL: a separate upload, then made the next version.
    const v3 = await uploadPdf(a.officer, 'vastgelegd-v3');
    const { addEvidenceVersion } = await a.officer.ok(ADD_VERSION, { i: { clientMutationId: mutationId(), previousEvidenceId: evidenceId, evidenceId: v3.id } });
    expect(addEvidenceVersion).toEqual({ id: v3.id, documentId: evidenceId, previousVersionId: evidenceId, isLatestVersion: true });
  });

  it('fixes internal-audit links once the cycle moves past the internal audit', async () => {
    const [{ id: auditorId }] = await conn().execute(`select id from app_user where email = ?`, [a.org.internalAuditor]);
    const audit = await a.officer.ok(`mutation($i: PlanInternalAuditInput!) { planInternalAudit(input: $i) { id } }`, {
      i: { clientMutationId: mutationId(), cycleId: a.cycleId, unit: 'Team Oost', plannedDate: today(), auditorIds: [auditorId] },
    });
    const finding = await a.internalAuditor.ok(`mutation($i: RecordInternalAuditFindingInput!) { recordInternalAuditFinding(input: $i) { id } }`, {
      i: { clientMutationId: mutationId(), internalAuditId: audit.planInternalAudit.id, normId: norms[0].id, strengths: 'Goed dossierbeheer' },
    });
    const report = await uploadPdf(a.internalAuditor, 'auditverslag');
    const { linkEvidence } = await link(a.internalAuditor, { evidenceId: report.id, internalAuditFindingId: finding.recordInternalAuditFinding.id });
    expect(linkEvidence).toMatchObject({ linkedInPhase: 'INTERNAL_AUDIT', locked: false });

    await placeCycle(conn(), a.cycleId, 'EXTERNAL_AUDIT', 'AWAITING_ENGAGEMENT');
    expect((await a.officer.refused(UNLINK, { i: { clientMutationId: mutationId(), linkId: linkEvidence.id } })).extensions.code).toBe('LOCKED');
    expect((await a.officer.refused(DELETE, { i: { clientMutationId: mutationId(), evidenceId: report.id } })).extensions.code).toBe('LOCKED');
  });
});

describe('carry-over to the next cycle', () => {
  it('offers the previous cycle\'s evidence; "still valid" links it to the same norms, "no" takes that back', async () => {
    const a = await organisationWithCycle('Hercertificering');
    const kept = await uploadPdf(a.officer, 'blijft-geldig');
    const dropped = await uploadPdf(a.officer, 'verlopen');
    await link(a.officer, { evidenceId: kept.id, cycleId: a.cycleId, normId: norms[0].id });
    await link(a.officer, { evidenceId: dropped.id, cycleId: a.cycleId, normId: norms[1].id });
    // The first cycle ends in renewal; the next one starts from it.
    await conn().execute(`update cycle set phase = 'RENEWED', closed_at = now(), self_evaluation_locked_at = now() where id = ?`, [a.cycleId]);
    const next: string = (await a.officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
    await conn().execute(`update cycle set previous_cycle_id = ?, phase = 'SELF_EVALUATION' where id = ?`, [a.cycleId, next]);

    const offered = (await a.viewer.ok(CARRY_OVER, { id: next })).cycle.evidenceCarryOver;
    expect(offered).toEqual([
      { evidence: { id: kept.id, name: 'blijft-geldig.pdf' }, normCodes: [norms[0].code], stillValid: null, confirmedAt: null },
      { evidence: { id: dropped.id, name: 'verlopen.pdf' }, normCodes: [norms[1].code], stillValid: null, confirmedAt: null },
    ]);

    const confirm = (evidenceId: string, stillValid: boolean) => a.officer.ok(CONFIRM, { i: { clientMutationId: mutationId(), cycleId: next, evidenceId, stillValid } });
    expect((await confirm(kept.id, true)).confirmEvidenceStillValid).toEqual({ evidence: { id: kept.id }, normCodes: [norms[0].code], stillValid: true });
    await confirm(dropped.id, true);
    await confirm(dropped.id, false);
    const links = (await a.officer.ok(CYCLE_LINKS, { id: next })).cycle.evidenceLinks;
    expect(links).toEqual([
      { id: expect.any(String), normId: norms[0].id, normCode: norms[0].code, locked: false, carriedOver: true, linkedInPhase: 'SELF_EVALUATION', evidence: { id: kept.id } },
    ]);
    expect((await a.viewer.ok(CARRY_OVER, { id: next })).cycle.evidenceCarryOver.map((c: { stillValid: boolean }) => c.stillValid)).toEqual([true, false]);

    const notLinkedBefore = (await uploadPdf(a.officer, 'nieuw-bewijs')).id;
    expect((await a.officer.refused(CONFIRM, { i: { clientMutationId: mutationId(), cycleId: next, evidenceId: notLinkedBefore, stillValid: true } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'evidenceId',
    });
    await conn().execute(`update cycle set self_evaluation_locked_at = now() where id = ?`, [next]);
    expect((await a.officer.refused(CONFIRM, { i: { clientMutationId: mutationId(), cycleId: next, evidenceId: kept.id, stillValid: false } })).extensions.code).toBe('LOCKED');
  });
});

describe('the sweeper', () => {
  it('removes a stale spool file and unreferenced content, keeps a fresh spool file and everything referenced', async () => {
    const a = await organisationWithCycle('Opruimen');
    const kept = await uploadPdf(a.officer, 'opruimen-bewaard');
    const spoolDir = path.join(evidenceDir, 'tmp');
    const stale = path.join(spoolDir, `upload-${randomUUID()}.part`);
    const fresh = path.join(spoolDir, `upload-${randomUUID()}.part`);
    writeFileSync(stale, 'half an upload from before a crash');
    writeFileSync(fresh, 'an upload under way');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    // Bytes moved to their address by an upload that crashed before inserting its row.
    const orphanSha = createHash('sha256').update('orphan').digest('hex');
    mkdirSync(path.join(evidenceDir, 'content', a.org.organisation.id), { recursive: true });
    const orphan = path.join(evidenceDir, 'content', a.org.organisation.id, orphanSha);
    writeFileSync(orphan, 'orphan');

    const result = await sweepEvidence(stack.orm.em.fork(), stack.services.evidence);
    expect(result).toEqual({ spoolFilesRemoved: 1, contentRemoved: 1 });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(orphan)).toBe(false);
    expect((await downloadEvidence(stack.url, kept.id, cookieOf(a.officer))).status).toBe(200);
    rmSync(fresh);

    // After a sweep: every row has its file and every file its row.
    const rows: { storage_key: string }[] = await conn().execute(`select storage_key from evidence where organisation_id in (?)`, [[...organisations]]);
    expect(new Set(storedFiles().content)).toEqual(new Set(rows.map((r) => r.storage_key)));
  });
});
