import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { linkEvidenceRow, storeEvidence, zipMember, zipNames } from '../support/dossier-rows';
import { pdfContent } from '../support/evidence-http';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { insertCycle, userIdOf } from '../support/read-model-rows';
import { startStack, type Stack } from '../support/stack';
import { announced, kill, rssOf, spawnEntry, stackProcessEnv, type EntryProcess } from '../support/worker-process';

/**
 * A dossier of about 500 MB of evidence streams from an api whose memory stays flat: the api runs as its own
 * process (the built entry point, as deployed), and its resident set is sampled while the whole zip is read.
 * The files are written straight into the evidence storage; only the download goes over HTTP.
 */

jest.setTimeout(300_000);

const FILES = 50;
const FILE_BYTES = 10 * 1024 * 1024;
/** What the api may grow by while streaming, against what it holds after a small dossier of the same kind. */
const GROWTH_LIMIT = 150 * 1024 * 1024;

let stack: Stack;
let evidenceDir: string;
let api: EntryProcess | null = null;
let org: OrgFixture;
let bigCycleId: string;
let smallCycleId: string;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

beforeAll(async () => {
  evidenceDir = mkdtempSync(path.join(tmpdir(), 'lc-dossier-memory-'));
  stack = await startStack({ worker: false, env: { EVIDENCE_DIR: evidenceDir } });
  const em = stack.orm.em.fork();
  const conn = em.getConnection();
  org = await createOrganisation(em, 'Groot dossier');
  const officerId = await userIdOf(conn, org.officer);
  const [norm] = await conn.execute(`select id from norm where framework_version_id = ? limit 1`, [stack.demo.framework.id]);
  // One open cycle per organisation: the small one is an earlier, closed cycle.
  const cycle = (closed: boolean) =>
    insertCycle(conn, { organisationId: org.organisation.id, frameworkVersionId: stack.demo.framework.id, startedById: officerId, phase: 'SELF_EVALUATION', closed });
  const store = async (cycleId: string, name: string, size: number) => {
    const file = await storeEvidence(stack.services, conn, {
      organisationId: org.organisation.id,
      uploadedById: officerId,
      name,
      type: 'application/pdf',
      content: pdfContent(size, `${name}-${randomUUID()}`),
    });
    await linkEvidenceRow(conn, { evidenceId: file.id, cycleId, linkedById: officerId, phase: 'SELF_EVALUATION', target: 'norm_id', targetId: norm.id });
  };
  smallCycleId = await cycle(true);
  await store(smallCycleId, 'klein.pdf', FILE_BYTES);
  bigCycleId = await cycle(false);
  for (let i = 0; i < FILES; i++) await store(bigCycleId, `bijlage-${i}.pdf`, FILE_BYTES);
  api = await spawnEntry('api', stackProcessEnv(stack.taskQueue, evidenceDir, { PORT: '0' }));
});

afterAll(async () => {
  if (api) await kill(api.child);
  await stack?.stop();
  rmSync(evidenceDir, { recursive: true, force: true });
});

it('streams a dossier of 500 MB of evidence while the api process grows by less than 150 MB', async () => {
  const url = announced(api!, 'listening on');
  const pid = api!.child.pid!;
  const session = new GqlSession(url);
  await session.login(org.officer, PASSWORD);
  const headers = { cookie: session.cookieHeader };

  // A small dossier first, so what every dossier loads once (the zip and PDF code) is in the baseline.
  const small = await fetch(`${url}/cycles/${smallCycleId}/dossier.zip`, { headers });
  expect(small.status).toBe(200);
  await small.arrayBuffer();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const baseline = rssOf(pid);

  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 25);
  const zipPath = path.join(evidenceDir, 'download.zip');
  const out = createWriteStream(zipPath);
  let received = 0;
  try {
    const res = await fetch(`${url}/cycles/${bigCycleId}/dossier.zip`, { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      received += chunk.length;
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, rssOf(pid));
  console.log(`dossier of ${mb(received)}: api RSS ${mb(baseline)} before, ${mb(peak)} at most (+${mb(peak - baseline)})`);

  // The whole dossier came: every file, and the manifest that is written only after the last one.
  expect(received).toBeGreaterThan(FILES * FILE_BYTES);
  const names = zipNames(zipPath);
  expect(names.filter((n) => n.startsWith('evidence/'))).toHaveLength(FILES);
  const manifest = JSON.parse(zipMember(zipPath, 'manifest.json').toString('utf8')) as { files: { kind: string; size: number }[] };
  expect(manifest.files.filter((f) => f.kind === 'EVIDENCE').reduce((sum, f) => sum + f.size, 0)).toBe(FILES * FILE_BYTES);

  expect(peak - baseline).toBeLessThan(GROWTH_LIMIT);
});
