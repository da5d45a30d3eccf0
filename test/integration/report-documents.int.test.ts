import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { createCiTeam, assignTeam, type CiTeam } from '../support/content-fixtures';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { oneLine, readPdf } from '../support/pdf-text';
import { insertCycle, userIdOf } from '../support/read-model-rows';
import { startStack, type Stack } from '../support/stack';

/**
 * The documents made from a cycle: the audit report (draft and final) and the self-evaluation export (PDF
 * and CSV). What they say is read back (pdftotext, csv-parse) and compared with the rows written; who may
 * fetch them is what may read that part of the cycle on screen, and everyone else gets 404.
 */

const SECTOR_EMAIL = 'secretariaat@swn.demo';
const SECTOR_PASSWORD = 'demo-wachtwoord';
const AUDIT_DATE = '2026-11-18';

interface NormRow {
  id: string;
  code: string;
  title: string;
  category: string;
}

let stack: Stack;
let norms: NormRow[];
let team: CiTeam;
let otherTeam: CiTeam;
/** Past the final report: draft with the organisation's reply, final with advice. */
let finished: { org: OrgFixture; cycleId: string; officerName: string };
let ciName: string;
/** The draft report out, the reply not given yet. */
let awaiting: { org: OrgFixture; cycleId: string };
const cookies = new Map<string, string>();

const tag = randomUUID().slice(0, 8);
/** Texts with what a document must carry over intact: accents, quotes, a comma, a line break. */
const finding = (code: string) => ({
  strengths: `Sterk bij ${code}: cliënten "denken" mee, echt`,
  improvementPoints: `Verbeter bij ${code}: verslaglegging\nen evaluatie`,
});

async function cookieOf(email: string, password = PASSWORD): Promise<string> {
  const known = cookies.get(email);
  if (known) return known;
  const session = new GqlSession(stack.url);
  await session.login(email, password);
  cookies.set(email, session.cookieHeader);
  return session.cookieHeader;
}

async function get(path: string, email: string | null, headers: Record<string, string> = {}) {
  const cookie = email && (await cookieOf(email, email === SECTOR_EMAIL ? SECTOR_PASSWORD : PASSWORD));
  const res = await fetch(`${stack.url}${path}`, { headers: { ...headers, ...(cookie ? { cookie } : {}) } });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

async function insertFindings(cycleId: string, recordedBy: string, skip: string): Promise<void> {
  const conn = stack.orm.em.fork().getConnection();
  const scores = ['MEETS', 'PARTLY_MEETS', 'DOES_NOT_MEET'];
  for (const [i, norm] of norms.entries()) {
    if (norm.code === skip) continue;
    const f = finding(norm.code);
    await conn.execute(
      `insert into audit_finding (id, cycle_id, norm_id, score, strengths, improvement_points, recorded_by_id) values (?, ?, ?, ?, ?, ?, ?)`,
      [randomUUID(), cycleId, norm.id, scores[i % 3], f.strengths, f.improvementPoints, recordedBy],
    );
  }
}

async function insertReport(cycleId: string, kind: 'DRAFT' | 'FINAL', fields: { advice?: string; reply?: string; issuedBy: string }): Promise<void> {
  await stack.orm.em.fork().getConnection().execute(
    `insert into audit_report (id, cycle_id, kind, summary, strengths, improvement_points, advice, reply, replied_at, issued_by_id, issued_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())`,
    [
      randomUUID(),
      cycleId,
      kind,
      `Samenvatting ${kind} ${tag}`,
      `Algemene sterke punten ${kind}`,
      `Algemene verbeterpunten ${kind}`,
      fields.advice ?? null,
      fields.reply ?? null,
      fields.reply ? new Date().toISOString() : null,
      fields.issuedBy,
    ],
  );
}

beforeAll(async () => {
  stack = await startStack({ worker: false });
  const em = stack.orm.em.fork();
  const conn = em.getConnection();
  norms = await conn.execute(
    `select n.id, n.code, n.title, c.title as category from norm n join framework_category c on c.id = n.category_id
     where n.framework_version_id = ? order by c.position, n.position`,
    [stack.demo.framework.id],
  );
  team = await createCiTeam(em);
  otherTeam = await createCiTeam(em);

  const cycleOf = async (org: OrgFixture, phase: string, step: string | null) => {
    const cycleId = await insertCycle(conn, { organisationId: org.organisation.id, frameworkVersionId: stack.demo.framework.id, startedById: await userIdOf(conn, org.officer), phase });
    await assignTeam(conn, cycleId, team);
    await conn.execute(`update cycle set step = ?, confirmed_audit_date = ?, self_evaluation_locked_at = now() - interval '30 days' where id = ?`, [step, AUDIT_DATE, cycleId]);
    return cycleId;
  };

  const org = await createOrganisation(em, `Documenten ${tag}`);
  const [officer] = await conn.execute(`select name from app_user where email = ?`, [org.officer]);
  finished = { org, cycleId: await cycleOf(org, 'IMPROVEMENT_PLAN', 'DRAFTING'), officerName: officer.name };
  [{ name: ciName }] = await conn.execute(`select name from certifying_institution where id = ?`, [team.ciId]);
  await insertFindings(finished.cycleId, team.lead.id, norms[1].code);
  await insertReport(finished.cycleId, 'DRAFT', { reply: `Onze reactie ${tag}: dank, en één correctie.`, issuedBy: team.lead.id });
  await insertReport(finished.cycleId, 'FINAL', { advice: 'POSITIVE_WITH_CONDITIONS', issuedBy: team.lead.id });
  const officerId = await userIdOf(conn, org.officer);
  for (const [i, norm] of norms.entries()) {
    // The third norm is left unanswered; the others carry texts a CSV must quote.
    if (i === 2) continue;
    await conn.execute(
      `insert into self_evaluation_answer (id, cycle_id, norm_id, score, explanation, goes_well, to_improve, updated_by_id, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, '2026-10-01T09:30:00Z')`,
      [randomUUID(), finished.cycleId, norm.id, i === 0 ? null : 'MEETS', `Toelichting ${norm.code}, "zie" bijlage`, `Goed ${norm.code}\ntweede regel`, `Beter ${norm.code}`, officerId],
    );
  }

  const second = await createOrganisation(em, `Concept ${tag}`);
  awaiting = { org: second, cycleId: await cycleOf(second, 'EXTERNAL_AUDIT', 'AWAITING_REPLY') };
  await insertFindings(awaiting.cycleId, team.co.id, '');
  await insertReport(awaiting.cycleId, 'DRAFT', { issuedBy: team.lead.id });
});

afterAll(async () => {
  await stack?.stop();
});

describe('audit report PDF (GET /cycles/:cycleId/audit-report.pdf)', () => {
  const reportOf = (cycleId: string, query = '') => `/cycles/${cycleId}/audit-report.pdf${query}`;

  it('prints the final report: cover, findings per norm in order with what goes well first, the reply and the advice', async () => {
    const { res, body } = await get(reportOf(finished.cycleId, '?lang=nl'), finished.org.officer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const words = oneLine(readPdf(body, 'audit-report-final-nl').text);
    const auditDay = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${AUDIT_DATE}T12:00:00Z`));
    for (const expected of [
      'Auditrapport',
      'DEFINITIEF',
      finished.org.organisation.name,
      'Reikwijdte Hele organisatie',
      'Wijze van toetsen Externe audit',
      `Normenkader ${stack.demo.framework.name} ${stack.demo.framework.version}`,
      `Certificerende instelling ${ciName}`,
      `Leadauditor ${team.lead.name}`,
      `Co-auditor ${team.co.name}`,
      `Auditdatum ${auditDay}`,
      'Status Definitief',
      'Advies Positief onder voorwaarden',
      `Samenvatting FINAL ${tag}`,
      `Onze reactie ${tag}: dank, en één correctie.`,
      'Pagina 1 van',
    ]) {
      expect(words).toContain(expected);
    }
    expect(words).not.toContain('CONCEPT');

    // Every norm in the framework's order; the one without a finding says so.
    const at = norms.map((n) => words.indexOf(`${n.code} ${n.title}`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const scoreWords = ['Voldoet', 'Voldoet deels', 'Voldoet niet'];
    for (const [i, norm] of norms.entries()) {
      const section = words.slice(at[i], at[i + 1] ?? words.indexOf('Reactie van de organisatie'));
      if (norm.code === norms[1].code) {
        expect(section).toContain('Geen bevinding vastgelegd.');
        continue;
      }
      expect(section).toContain(`Score: ${scoreWords[i % 3]}`);
      const f = finding(norm.code);
      const strengths = section.indexOf(`Wat goed gaat ${f.strengths}`);
      const improvements = section.indexOf(`Verbeterpunten ${oneLine(f.improvementPoints)}`);
      expect(strengths).toBeGreaterThan(0);
      expect(improvements).toBeGreaterThan(strengths);
    }
    // The reply comes after the findings, the advice last.
    expect(words.indexOf('Reactie van de organisatie op het conceptrapport')).toBeGreaterThan(at.at(-1)!);
    expect(words.lastIndexOf('Positief onder voorwaarden')).toBeGreaterThan(words.indexOf(`Onze reactie ${tag}`));
  });

  it('prints the draft when asked, in English, and a draft awaiting its reply says so', async () => {
    const draft = oneLine(readPdf((await get(reportOf(finished.cycleId, '?kind=draft&lang=en'), team.manager.email)).body, 'audit-report-draft-en').text);
    for (const expected of ['Audit report', 'DRAFT', 'Draft: the organisation may still reply', 'Status Draft', `Samenvatting DRAFT ${tag}`, `Onze reactie ${tag}`, 'The advice follows in the final report.', 'Page 1 of']) {
      expect(draft).toContain(expected);
    }
    expect(draft).not.toContain('Positive with conditions');

    // Without a kind: the latest issued, here the draft; the organisation sees the findings it replies to.
    const { res, body } = await get(reportOf(awaiting.cycleId), awaiting.org.officer, { 'Accept-Language': 'en-GB,en;q=0.9' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('en');
    const words = oneLine(readPdf(body, 'audit-report-awaiting-reply-en').text);
    expect(words).toContain('The organisation has not replied yet.');
    expect(words).toContain(`What goes well ${finding(norms[0].code).strengths}`);
    expect((await get(reportOf(awaiting.cycleId, '?kind=final'), awaiting.org.officer)).res.status).toBe(404);
  });

  it('is for the organisation, the engaged institution and the sector body; everyone else gets 404', async () => {
    for (const email of [finished.org.officer, finished.org.viewer, team.manager.email, team.lead.email, team.co.email, SECTOR_EMAIL]) {
      const { res, body } = await get(reportOf(finished.cycleId), email);
      expect([email, res.status]).toEqual([email, 200]);
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const refusals = [
      await get(reportOf(finished.cycleId), awaiting.org.officer),
      await get(reportOf(finished.cycleId), otherTeam.lead.email),
      await get(reportOf(finished.cycleId), otherTeam.manager.email),
      await get(reportOf(finished.cycleId), team.unassigned.email),
      await get(reportOf(finished.cycleId), null),
      await get(reportOf(randomUUID()), finished.org.officer),
      await get(reportOf('not-a-cycle'), finished.org.officer),
      await get(reportOf(finished.cycleId, '?kind=other'), finished.org.officer),
    ];
    for (const { res, body } of refusals) {
      expect(res.status).toBe(404);
      // The same answer whether the cycle exists or not.
      expect(JSON.parse(body.toString())).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
    }
  });
});

describe('self-evaluation export (GET /cycles/:cycleId/self-evaluation.pdf and .csv)', () => {
  const exportOf = (cycleId: string, file: string) => `/cycles/${cycleId}/${file}`;

  it('lists every norm in the framework order in CSV, with the answers as saved', async () => {
    const { res, body } = await get(exportOf(finished.cycleId, 'self-evaluation.csv?lang=nl'), finished.org.internalAuditor);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="self-evaluation.csv"');
    // A byte-order mark, then CRLF line ends (RFC 4180).
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('\r\n');
    const rows = parse(body, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([
      'Categorie', 'Norm', 'Titel', 'Score', 'Wat gaat goed', 'Wat kan beter', 'Toelichting', 'Laatst opgeslagen door', 'Laatst opgeslagen op',
    ]);
    expect(rows.map((r) => r.Norm)).toEqual(norms.map((n) => n.code));
    expect(rows.map((r) => r.Categorie)).toEqual(norms.map((n) => n.category));
    expect(rows.map((r) => r.Titel)).toEqual(norms.map((n) => n.title));
    expect(rows[1]).toEqual({
      Categorie: norms[1].category,
      Norm: norms[1].code,
      Titel: norms[1].title,
      Score: 'Voldoet',
      'Wat gaat goed': `Goed ${norms[1].code}\ntweede regel`,
      'Wat kan beter': `Beter ${norms[1].code}`,
      Toelichting: `Toelichting ${norms[1].code}, "zie" bijlage`,
      'Laatst opgeslagen door': finished.officerName,
      // 09:30 UTC is 11:30 in Amsterdam (summer time).
      'Laatst opgeslagen op': '2026-10-01 11:30',
    });
    // A norm saved without a score, and one not answered at all.
    expect(rows[0].Score).toBe('');
    expect(rows[0]['Wat gaat goed']).toBe(`Goed ${norms[0].code}\ntweede regel`);
    expect(rows[2]).toMatchObject({ Score: '', 'Wat gaat goed': '', Toelichting: '', 'Laatst opgeslagen door': '', 'Laatst opgeslagen op': '' });

    const english = parse((await get(exportOf(finished.cycleId, 'self-evaluation.csv?lang=en'), finished.org.officer)).body, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(english[0])).toEqual(['Category', 'Norm', 'Title', 'Score', 'What goes well', 'What could be better', 'Explanation', 'Last saved by', 'Last saved on']);
    expect(english[1].Score).toBe('Meets');
  });

  it('prints the same in the PDF, per category and norm', async () => {
    const { res, body } = await get(exportOf(finished.cycleId, 'self-evaluation.pdf?lang=nl'), finished.org.officer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const words = oneLine(readPdf(body, 'self-evaluation-nl').text);
    for (const expected of ['Zelfevaluatie', finished.org.organisation.name, 'Reikwijdte Hele organisatie', 'Status Ingediend op', `Normen gescoord ${norms.length - 2} van ${norms.length}`]) {
      expect(words).toContain(expected);
    }
    const at = norms.map((n) => words.indexOf(`${n.code} ${n.title}`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const second = words.slice(at[1], at[2]);
    expect(second).toContain('Score: Voldoet');
    expect(second).toContain(`Wat gaat goed Goed ${norms[1].code} tweede regel`);
    expect(second).toContain(`Wat kan beter Beter ${norms[1].code}`);
    expect(second).toContain(`Toelichting Toelichting ${norms[1].code}, "zie" bijlage`);
    expect(second).toContain(`Laatst opgeslagen door ${finished.officerName} op 1 oktober 2026 om 11:30`);
    expect(words.slice(at[0], at[1])).toContain('Score: Nog geen score');
    expect(words.slice(at[2], at[3])).toContain('Nog niet beantwoord.');
  });

  it('is for whoever may read the answers on screen (the cycle\'s readers); everyone else gets 404', async () => {
    for (const file of ['self-evaluation.pdf', 'self-evaluation.csv']) {
      for (const email of [finished.org.officer, finished.org.viewer, team.lead.email, SECTOR_EMAIL]) {
        expect([email, (await get(exportOf(finished.cycleId, file), email)).res.status]).toEqual([email, 200]);
      }
      for (const email of [awaiting.org.officer, otherTeam.lead.email, team.unassigned.email, null]) {
        expect([email, (await get(exportOf(finished.cycleId, file), email)).res.status]).toEqual([email, 404]);
      }
      expect((await get(exportOf(randomUUID(), file), finished.org.officer)).res.status).toBe(404);
    }
  });
});
