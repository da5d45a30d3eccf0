import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { appUrlOf } from '../../server/src/modules/notification/mailer';
import { createOrganisation } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { oneLine as one, readPdf } from '../support/pdf-text';
import {
  createCertifyingInstitution,
  daysFromNow,
  insertCertificate,
  insertCycle,
  insertPeerRegistration,
  setPlace,
  userIdOf,
  type CertificateRow,
} from '../support/read-model-rows';
import { startStack, type Stack } from '../support/stack';
import { statementsDuring } from '../support/statement-counter';

/**
 * The public register and certificate verification, asked anonymously: what is listed (valid and
 * suspended only), what verification answers for every status, and that nothing but the entry is exposed.
 */

const ENTRY = `certificateNumber organisationName place variant wholeOrganisation scopeUnits certifyingInstitutionName
  frameworkName frameworkVersion validFrom validUntil status`;
const REGISTER = `query($first: Int!, $after: String, $search: String) {
  register(first: $first, after: $after, search: $search) { totalCount pageInfo { endCursor hasNextPage } nodes { ${ENTRY} } } }`;
const VERIFY = `query($number: String!) { verifyCertificate(number: $number) { ${ENTRY} } }`;

let stack: Stack;
let anonymous: GqlSession;
/** In every organisation name and certificate number of this run, so searches find only this run's rows. */
const tag = randomUUID().slice(0, 8);
const number = (n: string) => `KSSW-T${tag}-${n}`.toUpperCase();
let ciName: string;
let framework: { name: string; version: string };

beforeAll(async () => {
  stack = await startStack({ worker: false });
  anonymous = new GqlSession(stack.url);
  const conn = stack.orm.em.fork().getConnection();
  const ci = await createCertifyingInstitution(conn, 'Register-CI');
  ciName = ci.name;
  framework = { name: stack.demo.framework.name, version: stack.demo.framework.version };

  // One organisation per certificate status; Fivel's renewed certificate has a valid successor.
  const orgs: Record<string, { place: string; certificates: Omit<CertificateRow, 'cycleId' | 'organisationId' | 'frameworkVersionId'>[] }> = {
    Amstel: { place: 'Amsterdam', certificates: [{ number: number('001'), status: 'VALID', validFrom: daysFromNow(-30), validUntil: daysFromNow(700), certifyingInstitutionId: ci.id }] },
    Berkel: { place: 'Zutphen', certificates: [{ number: number('002'), status: 'SUSPENDED', validFrom: daysFromNow(-300), validUntil: daysFromNow(400), certifyingInstitutionId: ci.id, variant: 'COMBINED', scopeUnits: ['Team Noord', 'Team Zuid'] }] },
    Dinkel: { place: 'Enschede', certificates: [{ number: number('003'), status: 'WITHDRAWN', validFrom: daysFromNow(-300), validUntil: daysFromNow(400), certifyingInstitutionId: ci.id }] },
    Eem: { place: 'Amersfoort', certificates: [{ number: number('004'), status: 'EXPIRED', validFrom: daysFromNow(-800), validUntil: daysFromNow(-70) }] },
    Fivel: {
      place: 'Delfzijl',
      certificates: [
        { number: number('005'), status: 'RENEWED', validFrom: daysFromNow(-800), validUntil: daysFromNow(-70), certifyingInstitutionId: ci.id },
        { number: number('006'), status: 'VALID', validFrom: daysFromNow(-70), validUntil: daysFromNow(660), variant: 'PEER_REVIEW' },
      ],
    },
  };
  for (const [name, o] of Object.entries(orgs)) {
    const fixture = await createOrganisation(stack.orm.em.fork(), `Register ${tag} ${name}`);
    const organisationId = fixture.organisation.id;
    await setPlace(conn, organisationId, o.place);
    const startedById = await userIdOf(conn, fixture.officer);
    for (const [i, c] of o.certificates.entries()) {
      const last = i === o.certificates.length - 1;
      const cycleId = await insertCycle(conn, {
        organisationId,
        frameworkVersionId: stack.demo.framework.id,
        startedById,
        phase: last ? 'CERTIFIED' : 'RENEWED',
        closed: !last,
        certifyingInstitutionId: c.certifyingInstitutionId,
      });
      await insertCertificate(conn, { ...c, cycleId, organisationId, frameworkVersionId: stack.demo.framework.id });
    }
  }
});

afterAll(async () => {
  await stack?.stop();
});

describe('register (anonymous)', () => {
  it('lists valid and suspended certificates only, alphabetical by organisation, with every public field', async () => {
    const { register } = await anonymous.ok(REGISTER, { first: 50, search: tag });
    expect(register.totalCount).toBe(3);
    expect(register.nodes.map((e: any) => [e.certificateNumber, e.status])).toEqual([
      [number('001'), 'VALID'],
      [number('002'), 'SUSPENDED'],
      [number('006'), 'VALID'],
    ]);
    expect(register.nodes[0]).toEqual({
      certificateNumber: number('001'),
      organisationName: expect.stringMatching(new RegExp(`^Register ${tag} Amstel `)),
      place: 'Amsterdam',
      variant: 'EXTERNAL_AUDIT',
      wholeOrganisation: true,
      scopeUnits: [],
      certifyingInstitutionName: ciName,
      frameworkName: framework.name,
      frameworkVersion: framework.version,
      validFrom: expect.any(String),
      validUntil: expect.any(String),
      status: 'VALID',
    });
    expect(Math.abs(Date.parse(register.nodes[0].validUntil) - daysFromNow(700).getTime())).toBeLessThan(60_000);
    expect(register.nodes[1]).toMatchObject({ variant: 'COMBINED', wholeOrganisation: false, scopeUnits: ['Team Noord', 'Team Zuid'] });
    // A peer review without a certifying institution shows none.
    expect(register.nodes[2]).toMatchObject({ variant: 'PEER_REVIEW', certifyingInstitutionName: null });
    expect(register.pageInfo.hasNextPage).toBe(false);
  });

  it('searches organisation name and place, in any case and anywhere in the text', async () => {
    const byName = await anonymous.ok(REGISTER, { first: 50, search: `  ${tag.toUpperCase()} berKEL ` });
    expect(byName.register.nodes.map((e: any) => e.certificateNumber)).toEqual([number('002')]);
    const byPlace = await anonymous.ok(REGISTER, { first: 50, search: 'delfZIJL' });
    expect(byPlace.register.nodes.map((e: any) => e.certificateNumber)).toContain(number('006'));
    expect(byPlace.register.nodes.map((e: any) => e.certificateNumber)).not.toContain(number('001'));
    // Withdrawn and expired ones are not listed, also when searched for by name.
    const withdrawn = await anonymous.ok(REGISTER, { first: 50, search: `${tag} Dinkel` });
    expect(withdrawn.register).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });
    // LIKE wildcards are taken literally.
    const wildcard = await anonymous.ok(REGISTER, { first: 50, search: '%' });
    expect(wildcard.register.totalCount).toBe(0);
    const underscore = await anonymous.ok(REGISTER, { first: 50, search: `${tag}_Amstel` });
    expect(underscore.register.totalCount).toBe(0);
  });

  it('pages by keyset: every entry once, in order, with the total on every page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { register }: any = await anonymous.ok(REGISTER, { first: 1, after, search: tag });
      expect(register.totalCount).toBe(3);
      seen.push(...register.nodes.map((e: any) => e.certificateNumber));
      if (!register.pageInfo.hasNextPage) break;
      after = register.pageInfo.endCursor;
    }
    expect(seen).toEqual([number('001'), number('002'), number('006')]);
    // A page of two, then the rest.
    const first = await anonymous.ok(REGISTER, { first: 2, search: tag });
    expect(first.register.pageInfo.hasNextPage).toBe(true);
    const rest = await anonymous.ok(REGISTER, { first: 2, after: first.register.pageInfo.endCursor, search: tag });
    expect(rest.register.nodes.map((e: any) => e.certificateNumber)).toEqual([number('006')]);
    expect(rest.register.pageInfo.hasNextPage).toBe(false);
  });

  it('answers a page with one SQL statement, whatever its size', async () => {
    for (const first of [1, 3, 500]) {
      const { result, statements } = await statementsDuring(stack.orm, () => anonymous.ok(REGISTER, { first, search: tag }));
      expect(result.register.nodes.length).toBe(Math.min(first, 3));
      expect(statements).toHaveLength(1);
    }
  });

  it('refuses a forged cursor, a page size out of range and an overlong search, naming the argument', async () => {
    for (const after of ['not-a-cursor', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('["x"]').toString('base64url')]) {
      const e = await anonymous.refused(REGISTER, { first: 10, after, search: tag });
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    expect((await anonymous.refused(REGISTER, { first: 0 })).extensions.code).toBe('BAD_USER_INPUT');
    expect((await anonymous.refused(REGISTER, { first: 501 })).extensions.code).toBe('BAD_USER_INPUT');
    const long = await anonymous.refused(REGISTER, { first: 10, search: 'x'.repeat(101) });
    expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });
});

describe('verifyCertificate (anonymous)', () => {
  it('finds a valid certificate by its number, trimmed and in any case', async () => {
    const { verifyCertificate } = await anonymous.ok(VERIFY, { number: `  ${number('001').toLowerCase()}\t` });
    expect(verifyCertificate).toMatchObject({ certificateNumber: number('001'), status: 'VALID', place: 'Amsterdam', certifyingInstitutionName: ciName });
  });

  it.each([
    ['003', 'WITHDRAWN'],
    ['004', 'EXPIRED'],
    ['005', 'RENEWED'],
    ['002', 'SUSPENDED'],
  ])('answers for a certificate that is no longer plainly valid (%s: %s), so a reader sees its status', async (n, status) => {
    const { verifyCertificate } = await anonymous.ok(VERIFY, { number: number(n) });
    expect(verifyCertificate).toMatchObject({ certificateNumber: number(n), status });
  });

  it('answers null for a well-formed number nobody was given', async () => {
    expect((await anonymous.ok(VERIFY, { number: number('999') })).verifyCertificate).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['too long (65)', `K${'1'.repeat(64)}`],
    ['quotes and semicolons', "KSSW-2026'; drop table certificate;--"],
    ['a LIKE wildcard', 'KSSW-%'],
    ['a NUL character', 'KSSW-\u00002026'],
  ])('refuses bad input (%s) with BAD_USER_INPUT on number', async (_what, input) => {
    const e = await anonymous.refused(VERIFY, { number: input });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
  });

  it('accepts exactly 64 characters', async () => {
    expect((await anonymous.ok(VERIFY, { number: `K${'1'.repeat(63)}` })).verifyCertificate).toBeNull();
  });
});

describe('what the register exposes', () => {
  it('an entry has exactly the public fields: no users, no cycle content, and only the sector-only cycle ID', async () => {
    const { __type } = await anonymous.ok(`{ __type(name: "RegisterEntry") { fields { name type { kind name ofType { name } } } } }`);
    expect(__type.fields.map((f: any) => f.name).sort()).toEqual(
      [
        'kind',
        'certificateNumber',
        'organisationName',
        'place',
        'variant',
        'wholeOrganisation',
        'scopeUnits',
        'certifyingInstitutionName',
        'frameworkName',
        'frameworkVersion',
        'validFrom',
        'validUntil',
        'status',
        'cycleId',
        'allowedActions',
      ].sort(),
    );
    // Every field is a leaf: nothing leads on to another record.
    for (const f of __type.fields) expect(['SCALAR', 'ENUM', 'NON_NULL', 'LIST']).toContain(f.type.kind);
    // The one ID is for the sector body's register management; everyone else reads null (party-reads test).
    const ids = __type.fields.filter((f: any) => f.type.name === 'ID' || f.type.ofType?.name === 'ID').map((f: any) => f.name);
    expect(ids).toEqual(['cycleId']);
  });

  it('the rest of the API still needs a login', async () => {
    const e = await anonymous.refused(`{ organisations(first: 1) { totalCount } }`);
    expect(e.extensions.code).toBe('UNAUTHENTICATED');
  });
});

function qrIn(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

describe('certificate PDF (GET /certificates/:number.pdf, anonymous)', () => {
  const pdfOf = async (file: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${stack.url}/certificates/${file}`, { headers });
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  };

  it('shows the entry in Dutch, with a QR code that opens the verification page', async () => {
    const { res, body } = await pdfOf(`${number('002')}.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, png } = readPdf(body, 'certificate-suspended-nl');
    const words = one(text);
    for (const expected of [
      'Certificaat',
      `Register ${tag} Berkel`,
      'Zutphen',
      `Nummer ${number('002')}`,
      'Reikwijdte Team Noord, Team Zuid',
      'Wijze van toetsen Combinatietoets',
      `Normenkader ${framework.name} ${framework.version}`,
      `Certificerende instelling ${ciName}`,
      `Geldig tot en met ${new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(daysFromNow(400))}`,
      // Suspended: the page says so, above everything else.
      'Dit certificaat is geschorst.',
      'Status Geschorst',
    ]) {
      expect(words).toContain(expected);
    }
    const verifyUrl = `${appUrlOf(stack.config)}/register/verify/${number('002')}`;
    expect(words).toContain(verifyUrl);
    expect(qrIn(png)).toBe(verifyUrl);
  });

  it('speaks English when asked, and shows a peer review without an institution', async () => {
    const { text } = readPdf((await pdfOf(`${number('006')}.pdf?lang=en`)).body, 'certificate-peer-review-en');
    const words = one(text);
    expect(words).toContain('Registration');
    expect(words).toContain('Scope Whole organisation');
    expect(words).toContain('Certifying institution None (peer review)');
    expect(words).toContain('Status Valid');
    expect(words).not.toContain('no longer valid');
    const byHeader = readPdf((await pdfOf(`${number('001')}.pdf`, { 'Accept-Language': 'en-GB,en;q=0.9' })).body, 'certificate-valid-en');
    expect(one(byHeader.text)).toContain('Assessment External audit');
  });

  it('says on the page when a certificate was withdrawn, expired or replaced', async () => {
    for (const [n, status] of [['003', 'ingetrokken'], ['004', 'verlopen'], ['005', 'vervangen']]) {
      const { text } = readPdf((await pdfOf(`${number(n)}.pdf`)).body, `certificate-${status}`);
      expect(one(text)).toContain(`Dit certificaat is niet meer geldig: ${status}.`);
    }
  });

  it('answers 404 for an unknown number and for what cannot be one', async () => {
    for (const file of [`${number('999')}.pdf`, 'KSSW%25.pdf', `${'K'.repeat(70)}.pdf`, number('001'), '.pdf']) {
      const { res } = await pdfOf(file);
      expect(res.status).toBe(404);
    }
  });
});

describe('register open data (GET /register.csv and /register.json, anonymous)', () => {
  const get = (file: string, headers: Record<string, string> = {}) => fetch(`${stack.url}/${file}`, { headers });
  const ours = (records: any[]) => records.filter((r) => r.organisationName.startsWith(`Register ${tag} `));
  /** A registered peer assessment of a new organisation of this run; answers the organisation's ID. */
  const registerPeerAssessment = async (name: string, validFrom: Date, validUntil: Date, scopeUnits?: string[]) => {
    const conn = stack.orm.em.fork().getConnection();
    const fixture = await createOrganisation(stack.orm.em.fork(), `Register ${tag} ${name}`);
    await setPlace(conn, fixture.organisation.id, 'Gouda');
    await insertPeerRegistration(conn, {
      organisationId: fixture.organisation.id,
      frameworkVersionId: stack.demo.framework.id,
      userId: await userIdOf(conn, fixture.officer),
      auditorUserIds: [await userIdOf(conn, fixture.internalAuditor), await userIdOf(conn, fixture.viewer)],
      validFrom,
      validUntil,
      scopeUnits,
    });
  };

  beforeAll(async () => {
    // Listed until its validUntil: one current (with units in scope), one whose validity has ended.
    await registerPeerAssessment('Gouwe', daysFromNow(-10), daysFromNow(720), ['Wijkteam Oost']);
    await registerPeerAssessment('Hunze', daysFromNow(-800), daysFromNow(-70));
  });
  const csvRecords = async (res: Response) => parse(await res.text(), { columns: true, skip_empty_lines: true }) as Record<string, string>[];

  it('holds the listed entries with their public fields only, the same in CSV, JSON and the register page', async () => {
    const csv = await get('register.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers.get('cache-control')).toBe('public, no-cache');
    const rows = await csvRecords(csv);
    expect(Object.keys(rows[0])).toEqual([
      'certificateNumber', 'organisationName', 'place', 'variant', 'wholeOrganisation', 'scopeUnits',
      'certifyingInstitution', 'frameworkName', 'frameworkVersion', 'validFrom', 'validUntil', 'status', 'kind',
    ]);
    // Withdrawn, expired and renewed certificates only verify; they are not in the files either, nor a peer
    // assessment past its validity. A current one is, in register order, with its kind and no number.
    expect(ours(rows).map((r) => [r.kind, r.certificateNumber, r.status])).toEqual([
      ['CERTIFICATE', number('001'), 'VALID'],
      ['CERTIFICATE', number('002'), 'SUSPENDED'],
      ['CERTIFICATE', number('006'), 'VALID'],
      ['PEER_REVIEW', '', 'VALID'],
    ]);
    const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);
    expect(ours(rows)[1]).toEqual({
      kind: 'CERTIFICATE',
      certificateNumber: number('002'),
      organisationName: expect.stringMatching(new RegExp(`^Register ${tag} Berkel `)),
      place: 'Zutphen',
      variant: 'COMBINED',
      wholeOrganisation: 'false',
      scopeUnits: 'Team Noord; Team Zuid',
      certifyingInstitution: ciName,
      frameworkName: framework.name,
      frameworkVersion: framework.version,
      validFrom: day(daysFromNow(-300)),
      validUntil: day(daysFromNow(400)),
      status: 'SUSPENDED',
    });
    expect(ours(rows)[2]).toMatchObject({ certifyingInstitution: '', wholeOrganisation: 'true', scopeUnits: '' });
    expect(ours(rows)[3]).toEqual({
      kind: 'PEER_REVIEW',
      certificateNumber: '',
      organisationName: expect.stringMatching(new RegExp(`^Register ${tag} Gouwe `)),
      place: 'Gouda',
      variant: 'PEER_REVIEW',
      wholeOrganisation: 'false',
      scopeUnits: 'Wijkteam Oost',
      certifyingInstitution: '',
      frameworkName: framework.name,
      frameworkVersion: framework.version,
      validFrom: day(daysFromNow(-10)),
      validUntil: day(daysFromNow(720)),
      status: 'VALID',
    });

    const json = await get('register.json');
    expect(json.headers.get('content-type')).toMatch(/^application\/json; charset=utf-8/);
    const data = await json.json();
    expect(data.count).toBe(data.entries.length);
    expect(data.count).toBe(rows.length);
    // The same records, typed: booleans, lists and null where the CSV has text.
    expect(ours(data.entries)).toEqual(
      ours(rows).map((r) => ({
        ...r,
        wholeOrganisation: r.wholeOrganisation === 'true',
        scopeUnits: r.scopeUnits ? r.scopeUnits.split('; ') : [],
        certificateNumber: r.certificateNumber || null,
        certifyingInstitution: r.certifyingInstitution || null,
      })),
    );
    // In register order, like the page: the GraphQL register, asked for this run's entries, lists the same ones.
    const { register } = await anonymous.ok(`query($search: String) { register(first: 500, search: $search) { nodes { kind certificateNumber organisationName } } }`, {
      search: tag,
    });
    const page = (entries: any[]) => entries.map((e) => [e.kind, e.certificateNumber, e.organisationName]);
    expect(page(ours(data.entries))).toEqual(page(register.nodes));
    // Nothing that identifies a record inside LabelCycle.
    expect(JSON.stringify(data)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });

  it('answers a conditional request with 304 until a certificate changes, then with new validators', async () => {
    for (const file of ['register.csv', 'register.json']) {
      const first = await get(file);
      await first.arrayBuffer();
      const etag = first.headers.get('etag')!;
      const lastModified = first.headers.get('last-modified')!;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
      expect(Number.isNaN(Date.parse(lastModified))).toBe(false);
      const same = await get(file, { 'If-None-Match': etag });
      expect(same.status).toBe(304);
      expect(await same.text()).toBe('');
      expect((await get(file, { 'If-Modified-Since': lastModified })).status).toBe(304);
      // A validator that does not match wins over a date that would.
      const other = await get(file, { 'If-None-Match': '"something-else"', 'If-Modified-Since': lastModified });
      expect(other.status).toBe(200);
      await other.arrayBuffer();
    }
    const before = await get('register.json');
    const beforeTag = before.headers.get('etag');
    const beforeModified = Date.parse(before.headers.get('last-modified')!);
    await before.arrayBuffer();
    // HTTP dates count whole seconds: the change must fall in a later one.
    await new Promise((r) => setTimeout(r, 1100));
    const conn = stack.orm.em.fork().getConnection();
    await conn.execute(`update certificate set status = 'WITHDRAWN', status_changed_at = now() where number = ?`, [number('001')]);
    const after = await get('register.json', { 'If-None-Match': beforeTag! });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(beforeTag);
    expect(Date.parse(after.headers.get('last-modified')!)).toBeGreaterThan(beforeModified);
    expect(ours((await after.json()).entries).map((e: any) => e.certificateNumber)).toEqual([number('002'), number('006'), null]);

    // A peer assessment registered meanwhile changes both validators too.
    const afterTag = after.headers.get('etag')!;
    const afterModified = Date.parse(after.headers.get('last-modified')!);
    await new Promise((r) => setTimeout(r, 1100));
    await registerPeerAssessment('Linge', daysFromNow(0), daysFromNow(730));
    const peer = await get('register.json', { 'If-None-Match': afterTag });
    expect(peer.status).toBe(200);
    expect(peer.headers.get('etag')).not.toBe(afterTag);
    expect(Date.parse(peer.headers.get('last-modified')!)).toBeGreaterThan(afterModified);
    expect(ours((await peer.json()).entries).map((e: any) => [e.kind, e.organisationName.split(' ')[2]])).toContainEqual(['PEER_REVIEW', 'Linge']);
  });
});
