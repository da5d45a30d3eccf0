import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { answerAllAndSubmit, command, longRules, passInternalAudit } from '../support/cycle-driver';
import { downloadSha256, pdfContent, sha256Of, uploadEvidence } from '../support/evidence-http';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';
import { createCertifyingInstitution, createFramework } from '../support/scheme-fixtures';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startStack, type Stack } from '../support/stack';
import { waitFor } from '../support/wait-for';
import { announced, kill, spawnEntry, stackProcessEnv, type EntryProcess } from '../support/worker-process';

// A stopping api or worker (SIGTERM, as a container runtime or the cluster launcher sends it) finishes what is
// under way before it exits. Each runs as its own process, as deployed; the test stack's api in this process
// reads back what they left behind.
let stack: Stack;
let evidenceDir: string;
let sink: SmtpSink | null = null;
const spawned: EntryProcess[] = [];

beforeAll(async () => {
  evidenceDir = mkdtempSync(path.join(tmpdir(), 'lc-graceful-stop-'));
  stack = await startStack({ worker: false, env: { EVIDENCE_DIR: evidenceDir } });
});
afterAll(async () => {
  await Promise.all(spawned.map((p) => kill(p.child)));
  await sink?.close();
  await stack?.stop();
  rmSync(evidenceDir, { recursive: true, force: true });
});

async function spawn(name: 'api' | 'worker', extra: Record<string, string>): Promise<{ entry: EntryProcess; exited: Promise<number | null> }> {
  const entry = await spawnEntry(name, stackProcessEnv(stack.taskQueue, evidenceDir, extra));
  spawned.push(entry);
  return { entry, exited: new Promise((resolve) => entry.child.once('exit', (code) => resolve(code))) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A socket to the api, open before the stop; `answer` reads the one answer (small, with a Content-Length). */
async function openSocket(port: number): Promise<{ socket: net.Socket; closed: Promise<void>; answer(): Promise<{ status: number; body: unknown }> }> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let received = '';
  socket.on('data', (c: Buffer) => (received += c.toString('utf8')));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const answer = () =>
    waitFor('an answer on the socket', async () => {
      const end = received.indexOf('\r\n\r\n');
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(received.slice(0, end))?.[1] ?? -1);
      if (end < 0 || received.length - end - 4 < length) return null;
      const answered = { status: Number(received.slice(9, 12)), body: JSON.parse(received.slice(end + 4, end + 4 + length)) as unknown };
      received = '';
      return answered;
    }, 10_000);
  return { socket, closed, answer };
}

it('an api asked to stop says so on /readyz, takes no new connection, finishes the upload under way and exits with 0', async () => {
  const { entry: api, exited } = await spawn('api', { PORT: '0' });
  const url = announced(api, 'listening on');
  const port = Number(new URL(url).port);
  const org = await createOrganisation(stack.orm.em.fork());
  const officer = new GqlSession(url);
  await officer.login(org.officer, PASSWORD);

  // A kept-alive connection that is idle, and one on which a readiness probe has begun to arrive (headers
  // not yet complete), as a load balancer's may be at the moment the stop comes.
  const idle = await openSocket(port);
  idle.socket.write(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
  expect((await idle.answer()).status).toBe(200);
  const probe = await openSocket(port);
  probe.socket.write(`GET /readyz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);

  // About 2 MB in 64 KB pieces, one every 100 ms: the upload takes three seconds, well within the api's drain.
  const chunks = [...pdfContent(30 * 64 * 1024, `drain-${randomUUID()}`)];
  const size = chunks.reduce((n, c) => n + c.length, 0);
  let sent = 0;
  const upload = uploadEvidence(url, {
    cookie: officer.cookieHeader,
    fileName: 'drain.pdf',
    content: async function* () {
      for (const chunk of chunks) {
        sent += chunk.length;
        yield chunk;
        await sleep(100);
      }
    },
  });
  await waitFor('the upload under way', async () => sent >= 3 * 64 * 1024, 10_000);

  api.child.kill('SIGTERM');
  await waitFor('the api stopping', async () => api.output().includes('stopping: finishing the requests under way'), 10_000);

  // The probe under way is answered, and says no; the idle connection is closed; a new one is not taken.
  probe.socket.write('\r\n');
  expect(await probe.answer()).toEqual({ status: 503, body: { status: 'draining' } });
  await idle.closed;
  const refused = await new Promise<string>((resolve) => {
    const fresh = net.connect(port, '127.0.0.1');
    fresh.once('connect', () => {
      fresh.destroy();
      resolve('connected');
    });
    fresh.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
  expect(refused).toBe('ECONNREFUSED');

  const answer = await upload;
  const sha256 = sha256Of(chunks);
  expect(answer.status).toBe(201);
  expect(answer.body).toMatchObject({ size, sha256 });
  expect(await exited).toBe(0);
  // By the api's own account the upload was under way when the stop came: its line (written when the answer
  // is out) follows the stopping line.
  const lines = api.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
  const stopping = lines.findIndex((l) => String(l.msg).startsWith('stopping'));
  const uploaded = lines.findIndex((l) => l.msg === 'request' && l.method === 'POST' && l.path === '/evidence');
  expect({ stopping: stopping >= 0, uploadedAfter: uploaded > stopping }).toEqual({ stopping: true, uploadedAfter: true });

  const [row] = await stack.orm.em.fork().getConnection().execute(`select size, sha256 from evidence where id = ?`, [answer.body.id]);
  expect(row).toEqual({ size, sha256 });
  // Read back through the api of this process: the stopped one is gone, the file stayed.
  expect(await downloadSha256(stack.url, answer.body.id, officer.cookieHeader)).toEqual({ status: 200, size, sha256 });
});

it('a worker asked to stop lets the activity under way finish, so the command it belongs to completes', async () => {
  sink = await startSmtpSink('hold');
  const { entry: worker, exited } = await spawn('worker', { SMTP_URL: sink.url });
  const em = stack.orm.em.fork();
  const { version, normIds } = await createFramework(em, longRules());
  const org = await createOrganisation(em, 'Stoppende worker');
  const ci = await createCertifyingInstitution(em);
  const officer = new GqlSession(stack.url);
  await officer.login(org.officer, PASSWORD);
  const started = await officer.ok(`mutation($i: StartCycleInput!) { startCycle(input: $i) { id } }`, {
    i: { clientMutationId: mutationId(), variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], fte: 40, frameworkVersionId: version.id },
  });
  const cycleId: string = started.startCycle.id;
  await officer.ok(command('completePreparation', 'CompletePreparationInput'), { i: { cycleId, clientMutationId: mutationId() } });
  await answerAllAndSubmit(officer, cycleId, normIds);
  await passInternalAudit(officer, em, org, cycleId, normIds[0]);

  // Engaging the institution mails its manager from the notify activity, which the mail server keeps
  // waiting for its answer: the activity is under way when the worker is asked to stop.
  const engaging = officer.request(command('engageCertifyingInstitution', 'EngageCertifyingInstitutionInput'), {
    i: { cycleId, clientMutationId: mutationId(), certifyingInstitutionId: ci.ci.id },
  });
  await sink.held;
  worker.child.kill('SIGTERM');
  await sleep(1_500);
  expect(worker.child.exitCode).toBeNull();
  sink.release();
  expect(await exited).toBe(0);

  // No other worker ran: the stopping one finished the activity and the workflow task it belonged to.
  const engaged = await engaging;
  expect(engaged.errors).toBeUndefined();
  expect(engaged.data!.engageCertifyingInstitution).toMatchObject({ phase: 'EXTERNAL_AUDIT', step: 'ENGAGEMENT_REQUESTED' });
  expect(sink.mails.map((m) => m.to)).toEqual([[ci.manager]]);
  const notices = await em.getConnection().execute(`select count(*)::int as n from notification where cycle_id = ? and key like 'engaged#%'`, [cycleId]);
  expect(notices[0].n).toBe(1);
});
