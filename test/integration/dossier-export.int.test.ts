import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { assignTeam, createCiTeam, type CiTeam } from '../support/content-fixtures';
import { linkEvidenceRow, sha256Hex, storeEvidence, zipMember, zipNames, type StoredFile } from '../support/dossier-rows';
import { pdfContent } from '../support/evidence-http';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { oneLine, readPdf } from '../support/pdf-text';
import { DAY_MS, insertCertificate, insertCycle, insertTransitions, userIdOf } from '../support/read-model-rows';
import { startStack, type Stack } from '../support/stack';

/**
 * GET /cycles/:cycleId/dossier.zip: the whole dossier of a cycle as one zip. Read back with Info-ZIP's unzip:
 * the manifest against the stored hashes and against the bytes of each member, the PDFs with pdftotext, the
 * CSVs with csv-parse; a file whose stored bytes were changed breaks the download off; whoever may not read
 * the cycle gets the same 404 as for a cycle that does not exist.
 */

const SECTOR_EMAIL = 'secretariaat@swn.demo';
const SECTOR_PASSWORD = 'demo-wachtwoord';
const CERTIFICATE = `KSSW-2026-${String(Date.now()).slice(-5)}`;

let stack: Stack;
let evidenceDir: string;
let work: string;
let team: CiTeam;
let otherTeam: CiTeam;
let owner: OrgFixture;
let neighbour: OrgFixture;
let cycleId: string;
let tamperedCycleId: string;
let norms: { id: string; code: string }[];
/** Linked in the cycle: twice the same name, one name with accents, one file linked twice. */
let linked: StoredFile[];
let unlinked: StoredFile;
const tag = randomUUID().slice(0, 8);
const cookies = new Map<string, string>();

async function cookieOf(email: string): Promise<string> {
  const known = cookies.get(email);
  if (known) return known;
  const session = new GqlSession(stack.url);
  await session.login(email, email === SECTOR_EMAIL ? SECTOR_PASSWORD : PASSWORD);
  cookies.set(email, session.cookieHeader);
  return session.cookieHeader;
}

/** The download, kept as a file for unzip. */
async function download(id: string, email: string | null, query = '') {
  const cookie = email && (await cookieOf(email));
  const res = await fetch(`${stack.url}/cycles/${id}/dossier.zip${query}`, { headers: cookie ? { cookie } : {} });
  const body = Buffer.from(await res.arrayBuffer());
  const file = path.join(work, `${randomUUID()}.zip`);
  writeFileSync(file, body);
  return { res, body, file };
}

const pdfOf = (size: number, label: string) => pdfContent(size, `${label}-${tag}-${randomUUID()}`);

beforeAll(async () => {
  evidenceDir = mkdtempSync(path.join(tmpdir(), 'lc-dossier-'));
  work = mkdtempSync(path.join(tmpdir(), 'lc-dossier-zips-'));
  stack = await startStack({ worker: false, env: { EVIDENCE_DIR: evidenceDir } });
  const em = stack.orm.em.fork();
  const conn = em.getConnection();
  norms = await conn.execute(
    `select n.id, n.code from norm n join framework_category c on c.id = n.category_id where n.framework_version_id = ? order by c.position, n.position`,
    [stack.demo.framework.id],
  );
  team = await createCiTeam(em);
  otherTeam = await createCiTeam(em);
  owner = await createOrganisation(em, `Dossier ${tag}`);
  neighbour = await createOrganisation(em, `Buren ${tag}`);
  const officerId = await userIdOf(conn, owner.officer);
  const organisationId = owner.organisation.id;

  cycleId = await insertCycle(conn, { organisationId, frameworkVersionId: stack.demo.framework.id, startedById: officerId, phase: 'CERTIFIED', certifyingInstitutionId: team.ciId });
  await assignTeam(conn, cycleId, team);
  await conn.execute(`update cycle set self_evaluation_locked_at = now() - interval '60 days' where id = ?`, [cycleId]);
  for (const kind of ['DRAFT', 'FINAL']) {
    await conn.execute(
      `insert into audit_report (id, cycle_id, kind, summary, strengths, improvement_points, advice, issued_by_id, issued_at)
       values (?, ?, ?, ?, 'Sterk', 'Beter', ?, ?, now())`,
      [randomUUID(), cycleId, kind, `Samenvatting ${kind} ${tag}`, kind === 'FINAL' ? 'POSITIVE' : null, team.lead.id],
    );
  }
  await insertCertificate(conn, {
    number: CERTIFICATE,
    cycleId,
    organisationId,
    frameworkVersionId: stack.demo.framework.id,
    certifyingInstitutionId: team.ciId,
    status: 'VALID',
    validFrom: new Date(Date.now() - DAY_MS),
    validUntil: new Date(Date.now() + 1000 * DAY_MS),
  });
  const answerId = randomUUID();
  await conn.execute(
    `insert into self_evaluation_answer (id, cycle_id, norm_id, score, explanation, goes_well, to_improve, updated_by_id, updated_at)
     values (?, ?, ?, 'MEETS', ?, 'Goed', 'Beter', ?, now())`,
    [answerId, cycleId, norms[0].id, `Toelichting ${tag}`, officerId],
  );
  const start = Date.now() - 90 * DAY_MS;
  await insertTransitions(conn, cycleId, ['PREPARATION', 'SELF_EVALUATION', 'INTERNAL_AUDIT', 'EXTERNAL_AUDIT', 'IMPROVEMENT_PLAN', 'DECISION', 'CERTIFIED'].map((toPhase, i) => ({ toPhase, at: new Date(start + i * 10 * DAY_MS) })));

  const store = (name: string, size: number) => storeEvidence(stack.services, conn, { organisationId, uploadedById: officerId, name, type: 'application/pdf', content: pdfOf(size, name) });
  linked = [await store('beleid.pdf', 300_000), await store('beleid.pdf', 5_000), await store('Cliëntraad notulen — 2026.pdf', 70_000)];
  unlinked = await store(`niet-gekoppeld-${tag}.pdf`, 4_000);
  const link = (evidenceId: string, target: 'norm_id' | 'self_evaluation_answer_id', targetId: string, phase: string) =>
    linkEvidenceRow(conn, { evidenceId, cycleId, linkedById: officerId, phase, target, targetId });
  await link(linked[0].id, 'norm_id', norms[0].id, 'SELF_EVALUATION');
  await link(linked[1].id, 'norm_id', norms[1].id, 'SELF_EVALUATION');
  await link(linked[2].id, 'self_evaluation_answer_id', answerId, 'SELF_EVALUATION');
  await link(linked[0].id, 'self_evaluation_answer_id', answerId, 'SELF_EVALUATION');

  // A cycle of the neighbour whose file changed in the storage after its upload.
  const neighbourOfficer = await userIdOf(conn, neighbour.officer);
  tamperedCycleId = await insertCycle(conn, { organisationId: neighbour.organisation.id, frameworkVersionId: stack.demo.framework.id, startedById: neighbourOfficer, phase: 'SELF_EVALUATION' });
  const good = await storeEvidence(stack.services, conn, { organisationId: neighbour.organisation.id, uploadedById: neighbourOfficer, name: 'eerst.pdf', type: 'application/pdf', content: pdfOf(50_000, 'eerst') });
  const bad = await storeEvidence(stack.services, conn, { organisationId: neighbour.organisation.id, uploadedById: neighbourOfficer, name: 'veranderd.pdf', type: 'application/pdf', content: pdfOf(200_000, 'veranderd') });
  for (const [i, file] of [good, bad].entries()) {
    await linkEvidenceRow(conn, { evidenceId: file.id, cycleId: tamperedCycleId, linkedById: neighbourOfficer, phase: 'SELF_EVALUATION', target: 'norm_id', targetId: norms[i].id });
  }
  // The folder storage keeps a file at content/<organisationId>/<sha256>: the same length, other bytes.
  writeFileSync(path.join(evidenceDir, 'content', neighbour.organisation.id, bad.sha256), Buffer.alloc(bad.size, 7));
});

afterAll(async () => {
  await stack?.stop();
  rmSync(evidenceDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

interface ManifestFile {
  path: string;
  kind: string;
  title: string;
  mediaType: string;
  size: number;
  sha256: string;
  evidenceId?: string;
  name?: string;
  links?: { target: string; normCode: string | null; linkedInPhase: string }[];
}

describe('the dossier of a cycle (GET /cycles/:cycleId/dossier.zip)', () => {
  it('holds the reports, the certificate, the self-evaluation, the audit trail and every linked evidence file, each as its manifest says', async () => {
    const { res, file } = await download(cycleId, owner.officer, '?lang=nl');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="dossier Dossier .*\.zip"/);

    const names = zipNames(file);
    const manifest = JSON.parse(zipMember(file, 'manifest.json').toString('utf8')) as { format: string; cycleId: string; language: string; files: ManifestFile[] };
    expect(manifest).toMatchObject({ format: 'labelcycle-dossier/1', cycleId, language: 'nl' });
    // Every member but the manifest is in it, and nothing else.
    expect([...names].sort()).toEqual([...manifest.files.map((f) => f.path), 'manifest.json'].sort());
    expect(manifest.files.map((f) => f.kind)).toEqual([
      'AUDIT_REPORT_DRAFT', 'AUDIT_REPORT_FINAL', 'CERTIFICATE', 'SELF_EVALUATION_PDF', 'SELF_EVALUATION_CSV', 'AUDIT_TRAIL_CSV', 'AUDIT_TRAIL_JSON', 'EVIDENCE', 'EVIDENCE', 'EVIDENCE',
    ]);
    for (const entry of manifest.files) {
      const bytes = zipMember(file, entry.path);
      expect({ path: entry.path, size: bytes.length, sha256: sha256Hex(bytes) }).toEqual({ path: entry.path, size: entry.size, sha256: entry.sha256 });
    }

    // The evidence: the stored hashes and sizes, each file once, two of the same name kept apart, the unlinked one absent.
    const evidence = manifest.files.filter((f) => f.kind === 'EVIDENCE');
    const rows: { id: string; sha256: string; size: number }[] = await stack.orm.em.fork().getConnection().execute(
      `select id, sha256, size from evidence where id in (?, ?, ?)`, linked.map((l) => l.id));
    expect(evidence.map((e) => ({ id: e.evidenceId, sha256: e.sha256, size: e.size })).sort((a, b) => a.id!.localeCompare(b.id!)))
      .toEqual(rows.map((r) => ({ id: r.id, sha256: r.sha256, size: r.size })).sort((a, b) => a.id.localeCompare(b.id)));
    expect(evidence.map((e) => e.sha256)).toEqual(linked.map((l) => l.sha256));
    expect(evidence.map((e) => e.path)).toEqual(['evidence/001-beleid.pdf', 'evidence/002-beleid.pdf', 'evidence/003-Cliëntraad notulen — 2026.pdf']);
    expect(evidence.map((e) => e.name)).toEqual(linked.map((l) => l.name));
    expect(evidence[0].links).toEqual([
      expect.objectContaining({ target: 'NORM', normCode: norms[0].code, linkedInPhase: 'SELF_EVALUATION' }),
      expect.objectContaining({ target: 'SELF_EVALUATION_ANSWER', normCode: norms[0].code }),
    ]);
    expect(names.join('\n')).not.toContain(unlinked.name);
    expect(manifest.files.map((f) => f.sha256)).not.toContain(unlinked.sha256);

    // The documents say what their own routes say.
    const text = (member: string, name: string) => oneLine(readPdf(zipMember(file, member), name).text);
    const final = text('reports/audit-report-final.pdf', 'dossier-audit-report-final-nl');
    expect(final).toContain('Auditrapport');
    expect(final).toContain('DEFINITIEF');
    expect(final).toContain(`Samenvatting FINAL ${tag}`);
    expect(final).toContain(owner.organisation.name);
    expect(text('reports/audit-report-draft.pdf', 'dossier-audit-report-draft-nl')).toContain('CONCEPT');
    const certificate = text(`reports/certificate-${CERTIFICATE}.pdf`, 'dossier-certificate-nl');
    expect(certificate).toContain(CERTIFICATE);
    expect(certificate).toContain(owner.organisation.name);
    expect(text('self-evaluation/self-evaluation.pdf', 'dossier-self-evaluation-nl')).toContain(`Toelichting ${tag}`);
    const answers = parse(zipMember(file, 'self-evaluation/self-evaluation.csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(answers.map((r) => r.Norm)).toEqual(norms.map((n) => n.code));
    expect(answers[0]).toMatchObject({ Score: 'Voldoet', Toelichting: `Toelichting ${tag}` });

    const trail = parse(zipMember(file, 'audit-trail/audit-trail.csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(trail.map((r) => [r.Volgnummer, r['Naar fase']])).toEqual(
      ['PREPARATION', 'SELF_EVALUATION', 'INTERNAL_AUDIT', 'EXTERNAL_AUDIT', 'IMPROVEMENT_PLAN', 'DECISION', 'CERTIFIED'].map((p, i) => [String(i + 1), p]),
    );
    const json = JSON.parse(zipMember(file, 'audit-trail/audit-trail.json').toString('utf8')) as { seq: number; toPhase: string; at: string }[];
    expect(json.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(json[6]).toMatchObject({ toPhase: 'CERTIFIED', fromPhase: 'DECISION' });
  });

  it('is made in English when asked', async () => {
    const { res, file } = await download(cycleId, SECTOR_EMAIL, '?lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('en');
    const manifest = JSON.parse(zipMember(file, 'manifest.json').toString('utf8')) as { language: string; files: ManifestFile[] };
    expect(manifest.language).toBe('en');
    expect(manifest.files[0].title).toBe('Audit report (draft)');
    const final = oneLine(readPdf(zipMember(file, 'reports/audit-report-final.pdf'), 'dossier-audit-report-final-en').text);
    expect(final).toContain('Audit report');
    expect(final).toContain('FINAL');
    expect(Object.keys((parse(zipMember(file, 'audit-trail/audit-trail.csv'), { bom: true, columns: true }) as object[])[0])).toEqual(['Number', 'Moment', 'From phase', 'To phase', 'Command', 'By', 'What happened']);
  });

  it('breaks the download off, with no manifest, when a stored file is not what was uploaded', async () => {
    const cookie = await cookieOf(neighbour.officer);
    const res = await fetch(`${stack.url}/cycles/${tamperedCycleId}/dossier.zip`, { headers: { cookie } });
    expect(res.status).toBe(200);
    // The body ends in an error, not in a zip that looks complete.
    await expect(res.arrayBuffer()).rejects.toThrow();
  });

  it('is for whoever may read the cycle (its organisation, the sector body, the engaged institution); everyone else gets 404 and no zip', async () => {
    for (const email of [owner.officer, owner.viewer, owner.internalAuditor, SECTOR_EMAIL, team.manager.email, team.lead.email, team.co.email]) {
      const { res, file } = await download(cycleId, email);
      expect([email, res.status, res.headers.get('content-type')]).toEqual([email, 200, 'application/zip']);
      expect(zipNames(file)).toContain('manifest.json');
    }
    const refusals = [
      await download(cycleId, neighbour.officer),
      await download(cycleId, otherTeam.manager.email),
      await download(cycleId, otherTeam.lead.email),
      await download(cycleId, team.unassigned.email),
      await download(cycleId, null),
      await download(randomUUID(), owner.officer),
      await download('not-a-cycle', owner.officer),
    ];
    for (const { res, body } of refusals) {
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      // The same answer whether the cycle exists or not.
      expect(JSON.parse(body.toString())).toEqual({ code: 'NOT_FOUND', message: 'There is no such document, or it is not yours to see.' });
    }
  });
});
