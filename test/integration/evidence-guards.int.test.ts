import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { downloadEvidence, pdfContent, sha256Of, slowUpload, uploadEvidence } from '../support/evidence-http';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';
import { startStack, type Stack } from '../support/stack';
import { waitFor } from '../support/wait-for';

/**
 * What an upload must get past besides its size and type: a name that could run or render is stored and
 * offered under a safe one; an organisation's evidence stays within its quota; and a caller who is not
 * signed in is answered at once, without the api taking in the body. Against the api in this process,
 * with a quota of 1,000,000 bytes so it is reached with small files.
 */

const QUOTA = 1_000_000;
const MB = 1024 * 1024;
const RULES = `{ evidenceUploadRules { quotaBytes usedBytes } }`;
const LIBRARY = `query($search: String) { evidence(first: 20, search: $search) { nodes { id name originalName type } } }`;
const DELETE = `mutation($i: DeleteEvidenceInput!) { deleteEvidence(input: $i) }`;

let stack: Stack;
let evidenceDir: string;

const conn = () => stack.orm.em.fork().getConnection();
const text = (value: string) => () => [Buffer.from(value)];
const pdf = (tag: string, size: number) => () => pdfContent(size, tag);

async function officerOf(label: string): Promise<{ org: OrgFixture; officer: GqlSession; cookie: string }> {
  const org = await createOrganisation(stack.orm.em.fork(), label);
  const officer = new GqlSession(stack.url);
  await officer.login(org.officer, PASSWORD);
  return { org, officer, cookie: officer.sessionCookie! };
}

/** Content files and spool files of one organisation under the storage folder. */
function filesOf(organisationId: string): { content: string[]; spool: string[] } {
  const dir = path.join(evidenceDir, 'content', organisationId);
  return { content: existsSync(dir) ? readdirSync(dir) : [], spool: readdirSync(path.join(evidenceDir, 'tmp')) };
}

/** Refused uploads remove their spool file once the stream has closed, a moment after the answer. */
const spoolEmptied = (organisationId: string) => waitFor('the spool to empty', async () => filesOf(organisationId).spool.length === 0, 5000);

beforeAll(async () => {
  evidenceDir = mkdtempSync(path.join(os.tmpdir(), 'labelcycle-evidence-guards-'));
  stack = await startStack({ worker: false, env: { EVIDENCE_DIR: evidenceDir, EVIDENCE_QUOTA_BYTES: String(QUOTA) } });
});
afterAll(async () => {
  await stack?.stop();
  if (evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
});

describe('names that could run or render', () => {
  let who: Awaited<ReturnType<typeof officerOf>>;
  beforeAll(async () => {
    who = await officerOf('Veilige namen');
  });

  it.each([
    ['rapport.html', 'rapport.html.txt', 'text/plain', text('<html><body><script>alert(document.cookie)</script></body></html>')],
    ['logo.svg', 'logo.svg.txt', 'text/plain', text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['opruimen.BAT', 'opruimen.BAT.txt', 'text/plain', text('@echo off\r\ndel /q *.*\r\n')],
    ['hulp.hta', 'hulp.hta.txt', 'text/plain', text('<hta:application/><script>new ActiveXObject("WScript.Shell")</script>')],
    ['start.js', 'start.js.txt', 'text/plain', text('require("child_process").exec("rm -rf ~")')],
    ['installatie.exe', 'installatie.exe.pdf', 'application/pdf', pdf('als-exe', 4096)],
    ['notulen.csv', 'notulen.csv', 'text/csv', text('datum;onderwerp\n2026-01-12;intervisie\n')],
  ])('%s is stored and offered as %s (%s): an attachment the browser may not sniff; the name it had is kept', async (sent, safe, type, content) => {
    const up = await uploadEvidence(stack.url, { cookie: who.cookie, fileName: sent, content });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ name: safe, originalName: sent, type });

    const down = await downloadEvidence(stack.url, up.body.id, who.cookie);
    expect(down.status).toBe(200);
    expect(down.headers.get('content-disposition')).toBe(`attachment; filename="${safe}"; filename*=UTF-8''${safe}`);
    expect(down.headers.get('content-type')).toBe(type.startsWith('text/') ? `${type}; charset=utf-8` : type);
    expect(down.headers.get('x-content-type-options')).toBe('nosniff');
    expect(down.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");

    const { evidence } = await who.officer.ok(LIBRARY, { search: sent });
    expect(evidence.nodes).toEqual([{ id: up.body.id, name: safe, originalName: sent, type }]);
  });

  it('offers a file stored under an unsafe name before names were made safe under a safe one', async () => {
    const up = await uploadEvidence(stack.url, { cookie: who.cookie, fileName: 'oud.txt', content: text('<script>alert(1)</script>') });
    await conn().execute(`update evidence set name = 'oud.xhtml', original_name = 'oud.xhtml' where id = ?`, [up.body.id]);
    const down = await downloadEvidence(stack.url, up.body.id, who.cookie);
    expect(down.headers.get('content-disposition')).toBe(`attachment; filename="oud.xhtml.txt"; filename*=UTF-8''oud.xhtml.txt`);
  });
});

describe('file names too long to keep', () => {
  let who: Awaited<ReturnType<typeof officerOf>>;
  const upload = (fileName: string, encodeFileName = false) =>
    uploadEvidence(stack.url, { cookie: who.cookie, fileName, encodeFileName, content: pdf(`naam-${fileName.length}-${encodeFileName}`, 4096) });
  const stored = async () => (await conn().execute(`select name from evidence where organisation_id = ?`, [who.org.organisation.id])).map((r) => r.name as string);
  const PART_HEADERS = 'The headers of a part could not be read: they must be well-formed, without control characters, and at most 16 KB together. A file name may be at most 200 characters.';

  beforeAll(async () => {
    who = await officerOf('Lange namen');
  });

  it.each([300, 10_000])('refuses a name of %i characters with 400 FILE_NAME_TOO_LONG, naming the limit, before anything is stored', async (length) => {
    const refused = await upload(`${'a'.repeat(length - 4)}.pdf`);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      code: 'FILE_NAME_TOO_LONG',
      message: `The file name is ${length} characters long; it may be at most 200. Give the file a shorter name and upload it again.`,
      field: 'file',
      maxLength: 200,
    });
    // Refused before a spool file was made, so there is nothing to clean up either.
    expect(await stored()).toEqual([]);
    expect(filesOf(who.org.organisation.id)).toEqual({ content: [], spool: [] });
  });

  it('refuses a name too long for the part headers themselves (10,000 characters outside ASCII) as unreadable, naming the limit', async () => {
    const refused = await upload(`${'é'.repeat(9996)}.pdf`);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ code: 'BAD_REQUEST', message: PART_HEADERS });
    expect(await stored()).toEqual([]);
  });

  it('refuses control characters written into the part headers as unreadable; sent encoded, they are dropped from the name', async () => {
    const raw = await upload('\u0001\u0002\u0007\u001b');
    expect(raw.status).toBe(400);
    expect(raw.body).toEqual({ code: 'BAD_REQUEST', message: PART_HEADERS });
    expect(await stored()).toEqual([]);
    // Nothing visible is left of a name of only control characters: it is stored under the fallback name.
    const encoded = await upload('\u0001\u0002\u0007\u001b'.repeat(100), true);
    expect(encoded.status).toBe(201);
    expect(encoded.body).toMatchObject({ name: 'bestand', originalName: 'bestand', type: 'application/pdf' });
    // The limit is on what is kept: 150 control characters do not count.
    const visible = `${'b'.repeat(196)}.pdf`;
    const padded = await upload(`${'\u0007'.repeat(150)}${visible}`, true);
    expect(padded.status).toBe(201);
    expect(padded.body).toMatchObject({ name: visible, originalName: visible });
    expect((await stored()).sort()).toEqual(['bestand', visible].sort());
  });
});

describe('the storage quota per organisation', () => {
  let q: Awaited<ReturnType<typeof officerOf>>;
  const upload = (tag: string, size: number, extra: { contentLength?: number } = {}) =>
    uploadEvidence(stack.url, { cookie: q.cookie, fileName: `${tag}.pdf`, content: pdf(tag, size), ...extra });
  const rowsOf = async (tag: string, size: number) =>
    (await conn().execute(`select count(*)::int as n from evidence where sha256 = ?`, [sha256Of(pdfContent(size, tag))]))[0].n;

  beforeAll(async () => {
    q = await officerOf('Quotum');
  });

  it('counts what is stored, the same content once, and says what is in use', async () => {
    expect((await upload('eerste', 300_000)).status).toBe(201);
    const again = await uploadEvidence(stack.url, { cookie: q.cookie, fileName: 'nogmaals.pdf', content: pdf('eerste', 300_000) });
    expect(again.status).toBe(200);
    expect((await q.officer.ok(RULES)).evidenceUploadRules).toEqual({ quotaBytes: QUOTA, usedBytes: 300_000 });
    expect((await upload('tweede', 300_000)).status).toBe(201);
    expect((await q.officer.ok(RULES)).evidenceUploadRules).toEqual({ quotaBytes: QUOTA, usedBytes: 600_000 });
  });

  it('refuses a file that does not fit in what is left with QUOTA_EXCEEDED, naming quota and use, and keeps nothing', async () => {
    const refused = await upload('past-niet', 500_000);
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ code: 'QUOTA_EXCEEDED', field: 'file', quotaBytes: QUOTA, usedBytes: 600_000 });
    expect(refused.body.message).toContain('0.6 MB of its 1 MB is in use');
    expect(await rowsOf('past-niet', 500_000)).toBe(0);
    await spoolEmptied(q.org.organisation.id);
    expect(filesOf(q.org.organisation.id).content.sort()).toEqual([sha256Of(pdfContent(300_000, 'eerste')), sha256Of(pdfContent(300_000, 'tweede'))].sort());
  });

  it('refuses at once when the declared length passes what is left (TOO_LARGE when it passes the per-file limit), before the body is read', async () => {
    // Only 64 KB is ever sent: an answer can only come from the declared length.
    const declared = (contentLength: number) => upload('aangekondigd', 64 * 1024, { contentLength });
    expect(await declared(2 * MB)).toMatchObject({ status: 413, body: { code: 'QUOTA_EXCEEDED', quotaBytes: QUOTA, usedBytes: 600_000 } });
    expect(await declared(30 * MB)).toMatchObject({ status: 413, body: { code: 'TOO_LARGE' } });
  });

  it('refuses a streamed upload as soon as it passes what is left, while the client is still sending', async () => {
    const refused = await upload('stroom', 100 * MB);
    expect(refused).toMatchObject({ status: 413, body: { code: 'QUOTA_EXCEEDED' } });
    // Socket buffers hold a few MB at most: the api answered long before the 100 MB were sent.
    expect(refused.sentBeforeAnswer).toBeLessThan(40 * MB);
    await spoolEmptied(q.org.organisation.id);
  });

  it('keeps taking the body after the refusal when the client asked to close the connection, so the answer is not lost to a reset', async () => {
    // 64 MB at 64 KB per 10 ms or more takes ten seconds or more; the refusal comes within the first megabyte.
    const r = await slowUpload(stack.url, { cookie: q.cookie, connectionClose: true, fileBytes: 64 * MB, intervalMs: 10 });
    expect(r).toMatchObject({ status: 413, body: { code: 'QUOTA_EXCEEDED' }, finished: false });
    // Closed at the end of the five-second grace period, not the moment the answer was written.
    expect(r.closedAfterMs - r.answeredAfterMs!).toBeGreaterThan(3000);
    expect(r.sentBeforeClose - r.sentBeforeAnswer).toBeGreaterThan(MB);
    await spoolEmptied(q.org.organisation.id);
  });

  it('stores one of two simultaneous uploads that each fit but not together', async () => {
    const both = await Promise.all([upload('tegelijk-a', 250_000), upload('tegelijk-b', 250_000)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 413]);
    expect(both.find((r) => r.status === 413)!.body).toMatchObject({ code: 'QUOTA_EXCEEDED', usedBytes: 850_000 });
    expect((await q.officer.ok(RULES)).evidenceUploadRules.usedBytes).toBe(850_000);
    await spoolEmptied(q.org.organisation.id);
    expect(filesOf(q.org.organisation.id).content).toHaveLength(3);
  });

  it('takes a file that exactly fills the quota, then refuses even a small one at once, and makes room again when evidence is deleted', async () => {
    expect((await upload('tot-de-rand', 150_000)).status).toBe(201);
    const full = await upload('klein', 1000);
    expect(full).toMatchObject({ status: 413, body: { code: 'QUOTA_EXCEEDED', usedBytes: QUOTA } });

    const [{ id }] = await conn().execute(`select id from evidence where organisation_id = ? and name = 'eerste.pdf'`, [q.org.organisation.id]);
    await q.officer.ok(DELETE, { i: { clientMutationId: mutationId(), evidenceId: id } });
    expect((await upload('klein', 1000)).status).toBe(201);
  });

  it('is per organisation: another one still has its own room', async () => {
    const other = await officerOf('Ander quotum');
    const up = await uploadEvidence(stack.url, { cookie: other.cookie, fileName: 'eigen.pdf', content: pdf('ander-quotum', 900_000) });
    expect(up.status).toBe(201);
  });
});

describe('an upload without a valid session', () => {
  let who: Awaited<ReturnType<typeof officerOf>>;
  let expired: string;
  beforeAll(async () => {
    who = await officerOf('Sessies');
    const gone = await officerOf('Verlopen sessie');
    expired = gone.cookie;
    await conn().execute(`update session set expires_at = now() - interval '1 second' where user_id = (select id from app_user where email = ?)`, [gone.org.officer]);
  });

  // 64 MB at 64 KB per 10 ms takes the client ten seconds or more; a server that read it all would keep it that long.
  const slowly = { fileBytes: 64 * MB, intervalMs: 10 };

  it('is answered at once (401, or 400 without the upload header) and the connection closed without the body being taken in', async () => {
    const cases = {
      'no cookie': slowUpload(stack.url, { ...slowly, cookie: null }),
      'an unknown session': slowUpload(stack.url, { ...slowly, cookie: `lc_session=${randomBytes(32).toString('base64url')}` }),
      'an expired session': slowUpload(stack.url, { ...slowly, cookie: expired }),
      'no upload header': slowUpload(stack.url, { ...slowly, cookie: who.cookie, withoutUploadHeader: true }),
    };
    const results = Object.fromEntries(await Promise.all(Object.entries(cases).map(async ([name, result]) => [name, await result] as const)));
    for (const [name, r] of Object.entries(results)) {
      const expected = name === 'no upload header' ? { status: 400, code: 'BAD_REQUEST' } : { status: 401, code: 'UNAUTHENTICATED' };
      expect({ name, status: r.status, code: r.body?.code }).toEqual({ name, ...expected });
      // Loose bounds for a busy machine: the answer comes within a second, the connection ends a second later.
      expect({ name, answeredSoon: r.answeredAfterMs! < 1500, closedSoon: r.closedAfterMs < 4000, finished: r.finished }).toEqual({
        name,
        answeredSoon: true,
        closedSoon: true,
        finished: false,
      });
      expect(r.sentBeforeClose).toBeLessThan(32 * MB);
    }
  });

  it('is not read: sent as fast as the connection takes it, the body stalls in the socket buffers until the api closes', async () => {
    // Over loopback a reading server takes 64 MB well within the second; this one stops after 64 KB.
    const r = await slowUpload(stack.url, { fileBytes: 64 * MB, cookie: null });
    expect(r).toMatchObject({ status: 401, finished: false });
    expect(r.sentBeforeClose).toBeLessThan(16 * MB);
    expect(r.closedAfterMs).toBeLessThan(4000);
  });

  it('with Expect: 100-continue, is refused without the go-ahead, so no byte of the body is sent; a signed-in upload gets it', async () => {
    const refused = await slowUpload(stack.url, { fileBytes: 4 * MB, cookie: null, expectContinue: true });
    expect(refused).toMatchObject({ status: 401, gotContinue: false, sentBeforeClose: 0, finished: false });
    expect(refused.body.code).toBe('UNAUTHENTICATED');
    expect(refused.closedAfterMs).toBeLessThan(2000);

    const accepted = await slowUpload(stack.url, { fileBytes: 256 * 1024, cookie: who.cookie, expectContinue: true });
    expect(accepted).toMatchObject({ status: 201, gotContinue: true, finished: true });
    expect(accepted.body).toMatchObject({ name: 'slow.pdf', type: 'application/pdf', size: 256 * 1024 });
  });
});
