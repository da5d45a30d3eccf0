import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../../server/src/app';
import { ensureDatabase, openOrm, runMigrations } from '../../server/src/db/database';
import { dropDatabase } from '../../server/src/db/postgres-admin';
import { startEvidenceSweeper, sweepEvidence } from '../../server/src/modules/evidence/evidence-sweeper';
import { ForeignStoreError } from '../../server/src/modules/evidence/store/store-ownership';
import { createServices, type Services } from '../../server/src/services';
import { CycleCommands } from '../../server/src/temporal/cycle-commands';
import { downloadEvidence, pdfContent, uploadEvidence } from '../support/evidence-http';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { startStack, type Stack } from '../support/stack';
import { waitFor } from '../support/wait-for';

/**
 * Two deployments with two databases pointed at one evidence folder: whichever uses the folder first
 * marks it with its database's identity; the other neither uploads into it nor sweeps it, so neither
 * ever deletes the other's files. Database A is the run's; database B is made for this file.
 */

let stack: Stack;
let ormB: MikroORM;
let databaseB: string;
const folders: string[] = [];
const running: { server: Server; stop: () => Promise<void> }[] = [];

interface Deployment {
  url: string;
  orm: MikroORM;
  services: Services;
  /** An officer of an organisation in this deployment's database, signed in. */
  cookie: string;
  organisationId: string;
}

/** An api on `orm`'s database storing evidence in `evidenceDir`, as a deployment with that configuration would. */
async function deploy(orm: MikroORM, evidenceDir: string): Promise<Deployment> {
  const config = { ...stack.config, EVIDENCE_DIR: evidenceDir };
  const services = createServices(config, new CycleCommands(stack.temporal, stack.taskQueue));
  const api = await createApi(config, orm, services);
  const server = await api.listen(0, '127.0.0.1');
  running.push({ server, stop: () => api.apollo.stop() });
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const org = await createOrganisation(orm.em.fork(), 'Gedeelde map');
  const officer = new GqlSession(url);
  await officer.login(org.officer, PASSWORD);
  return { url, orm, services, cookie: officer.sessionCookie!, organisationId: org.organisation.id };
}

const folder = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'labelcycle-evidence-shared-'));
  folders.push(dir);
  return dir;
};
const databaseIdOf = async (orm: MikroORM) => (await orm.em.fork().getConnection().execute(`select id from database_identity`))[0].id as string;
const upload = (d: Deployment, tag: string) => uploadEvidence(d.url, { cookie: d.cookie, fileName: `${tag}.pdf`, content: () => pdfContent(4096, tag) });
/** Content files by key (`<organisation>/<sha256>`). */
const contentFiles = (dir: string) => {
  const root = path.join(dir, 'content');
  return readdirSync(root).flatMap((organisation) => readdirSync(path.join(root, organisation)).map((file) => `${organisation}/${file}`)).sort();
};

beforeAll(async () => {
  stack = await startStack({ worker: false });
  const url = new URL(stack.config.DATABASE_URL);
  url.pathname = `${url.pathname}_b`;
  databaseB = url.toString();
  await ensureDatabase(databaseB);
  await runMigrations(databaseB);
  ormB = await openOrm(databaseB);
});
afterAll(async () => {
  for (const { server, stop } of running) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await stop();
  }
  await ormB?.close();
  if (databaseB) await dropDatabase(databaseB);
  await stack?.stop();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

it('gives every database its own identity', async () => {
  const [a, b] = [await databaseIdOf(stack.orm), await databaseIdOf(ormB)];
  expect(a).toMatch(/^[0-9a-f-]{36}$/);
  expect(b).toMatch(/^[0-9a-f-]{36}$/);
  expect(a).not.toBe(b);
});

it('whichever deployment uses a folder first owns it: the other refuses uploads (503) and sweeps, so neither deletes the other\'s files', async () => {
  const [idA, idB] = [await databaseIdOf(stack.orm), await databaseIdOf(ormB)];
  // Folder one: A comes first. Folder two: B comes first.
  const one = folder();
  const two = folder();
  const aOnOne = await deploy(stack.orm, one);
  const bOnOne = await deploy(ormB, one);
  const bOnTwo = await deploy(ormB, two);
  const aOnTwo = await deploy(stack.orm, two);

  const fromA = await upload(aOnOne, 'van-a');
  expect(fromA.status).toBe(201);
  const fromB = await upload(bOnTwo, 'van-b');
  expect(fromB.status).toBe(201);
  expect(JSON.parse(readFileSync(path.join(one, 'store-marker.json'), 'utf8'))).toMatchObject({ database: idA });
  expect(JSON.parse(readFileSync(path.join(two, 'store-marker.json'), 'utf8'))).toMatchObject({ database: idB });

  // The second deployment on each folder: refused clearly, and nothing of it written there.
  for (const [late, dir] of [[bOnOne, one], [aOnTwo, two]] as const) {
    const refused = await upload(late, 'te-laat');
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringContaining('administrator') });
    expect(existsSync(path.join(dir, 'content', late.organisationId))).toBe(false);
  }

  // Sweeps by the other database are refused before anything goes: not the owner's files, not a stale spool file.
  const stale = path.join(one, 'tmp', `upload-${randomUUID()}.part`);
  writeFileSync(stale, 'half an upload');
  const longAgo = new Date(Date.now() - 3 * 3600_000);
  utimesSync(stale, longAgo, longAgo);
  // Bytes no row of A refers to (a crash between move and insert): the owner's sweep removes them, no other.
  const orphan = path.join(one, 'content', aOnOne.organisationId, 'f'.repeat(64));
  writeFileSync(orphan, 'orphan');
  const before = { one: contentFiles(one), two: contentFiles(two) };

  await expect(sweepEvidence(ormB.em.fork(), bOnOne.services.evidence)).rejects.toMatchObject({ storeDatabaseId: idA, databaseId: idB });
  await expect(sweepEvidence(stack.orm.em.fork(), aOnTwo.services.evidence)).rejects.toBeInstanceOf(ForeignStoreError);
  expect({ one: contentFiles(one), two: contentFiles(two), stale: existsSync(stale) }).toEqual({ ...before, stale: true });

  // The owners' own sweeps keep every file their database refers to.
  expect(await sweepEvidence(stack.orm.em.fork(), aOnOne.services.evidence)).toEqual({ spoolFilesRemoved: 1, contentRemoved: 1 });
  expect(await sweepEvidence(ormB.em.fork(), bOnTwo.services.evidence)).toEqual({ spoolFilesRemoved: 0, contentRemoved: 0 });
  expect((await downloadEvidence(aOnOne.url, fromA.body.id, aOnOne.cookie)).status).toBe(200);
  expect((await downloadEvidence(bOnTwo.url, fromB.body.id, bOnTwo.cookie)).status).toBe(200);
  expect(contentFiles(one)).toEqual([`${aOnOne.organisationId}/${fromA.body.sha256}`]);
  expect(contentFiles(two)).toEqual([`${bOnTwo.organisationId}/${fromB.body.sha256}`]);
});

it('the hourly sweeper logs a refusal with both databases and removes nothing', async () => {
  const dir = folder();
  writeFileSync(path.join(dir, 'store-marker.json'), JSON.stringify({ database: randomUUID() }));
  const owned = path.join(dir, 'content', randomUUID(), 'e'.repeat(64));
  mkdirSync(path.dirname(owned), { recursive: true });
  writeFileSync(owned, 'another database refers to this');
  const services = createServices({ ...stack.config, EVIDENCE_DIR: dir }, new CycleCommands(stack.temporal, stack.taskQueue));

  const errors: { fields: Record<string, unknown>; message: string }[] = [];
  const log = { info: () => undefined, error: (fields: Record<string, unknown>, message: string) => void errors.push({ fields, message }) };
  const stop = startEvidenceSweeper(stack.orm.em.fork(), services.evidence, log as never);
  try {
    await waitFor('the sweeper to log', async () => errors.length > 0, 5000);
  } finally {
    stop();
  }
  const marker = JSON.parse(readFileSync(path.join(dir, 'store-marker.json'), 'utf8'));
  expect(errors).toEqual([
    {
      fields: { storeDatabaseId: marker.database, databaseId: await databaseIdOf(stack.orm), store: expect.stringContaining(dir) },
      message: expect.stringContaining('evidence sweep refused, nothing removed'),
    },
  ]);
  expect(existsSync(owned)).toBe(true);
});
