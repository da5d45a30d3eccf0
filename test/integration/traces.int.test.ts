import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { START_CYCLE, mutationId, startInput } from '../support/operations';
import { startStack, type Stack } from '../support/stack';
import { waitFor } from '../support/wait-for';
import { announced, kill, spawnEntry, stackProcessEnv, type EntryProcess } from '../support/worker-process';

/** A span as an OTLP/HTTP (JSON) export carries it, with the service that sent it. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Record<string, unknown>;
}

interface OtlpAttribute {
  key: string;
  value: Record<string, unknown>;
}

const plain = (attributes: OtlpAttribute[] = []) => Object.fromEntries(attributes.map((a) => [a.key, Object.values(a.value)[0]]));

/** A real OTLP/HTTP receiver: what the api and the worker export arrives here as JSON, as a collector gets it. */
function startReceiver(spans: ReceivedSpan[]): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const exported = JSON.parse(body) as { resourceSpans: { resource: { attributes: OtlpAttribute[] }; scopeSpans: { spans: (Omit<ReceivedSpan, 'service' | 'attributes'> & { attributes: OtlpAttribute[] })[] }[] }[] };
        for (const r of exported.resourceSpans) {
          const service = String(plain(r.resource.attributes)['service.name']);
          for (const s of r.scopeSpans.flatMap((scope) => scope.spans)) {
            spans.push({ service, traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId || undefined, name: s.name, attributes: plain(s.attributes) });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const spans: ReceivedSpan[] = [];
let receiver: Server;
let stack: Stack;
let api: EntryProcess;
let worker: EntryProcess;
let apiUrl: string;
let evidenceDir: string;

beforeAll(async () => {
  receiver = await startReceiver(spans);
  stack = await startStack({ worker: false });
  evidenceDir = mkdtempSync(path.join(tmpdir(), 'lc-traces-'));
  const common = stackProcessEnv(stack.taskQueue, evidenceDir, {
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as { port: number }).port}`,
    // Spans leave in batches; a short wait keeps the test short.
    OTEL_BSP_SCHEDULE_DELAY: '200',
  });
  // The worker bundles the workflows itself here, with the tracing interceptor among them, as deployed.
  [api, worker] = await Promise.all([spawnEntry('api', { ...common, PORT: '0' }), spawnEntry('worker', common)]);
  apiUrl = announced(api, 'listening on');
}, 120_000);
afterAll(async () => {
  await Promise.all([api && kill(api.child, 'SIGTERM'), worker && kill(worker.child, 'SIGTERM')]);
  await stack?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
  rmSync(evidenceDir, { recursive: true, force: true });
});

/** The span's ancestors, nearest first, among the spans received. */
function ancestors(span: ReceivedSpan): ReceivedSpan[] {
  const chain: ReceivedSpan[] = [];
  for (let s: ReceivedSpan | undefined = span; s?.parentSpanId; ) {
    s = spans.find((p) => p.traceId === span.traceId && p.spanId === s!.parentSpanId);
    if (s) chain.push(s);
  }
  return chain;
}

it('a mutation’s trace runs from the HTTP request through the Temporal Update into the workflow and its activity', async () => {
  const org = await createOrganisation(stack.orm.em.fork());
  const officer = new GqlSession(apiUrl);
  await officer.login(org.officer, PASSWORD);
  const cycleId = (await officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id as string;
  await officer.ok('mutation Prepare($i: CompletePreparationInput!) { completePreparation(input: $i) { id phase } }', { i: { cycleId, clientMutationId: mutationId() } });

  const request = await waitFor('the request’s span', async () => spans.find((s) => s.service === 'labelcycle-api' && s.name === 'POST /graphql' && s.attributes['graphql.operation.name'] === 'Prepare'), 20_000);
  const inTrace = () => spans.filter((s) => s.traceId === request.traceId);
  const activity = await waitFor('the activity’s span', async () => inTrace().find((s) => s.service === 'labelcycle-worker' && s.name.startsWith('RunActivity:')), 20_000);

  // One trace ID from the api's request to the worker's activity, each step under the one before.
  const chain = ancestors(activity);
  const names = chain.map((s) => `${s.service} ${s.name}`);
  expect(chain.at(-1)).toEqual(request);
  expect(names).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^labelcycle-worker StartActivity:/),
      expect.stringMatching(/^labelcycle-worker HandleUpdate:completePreparation$/),
      expect.stringMatching(/^labelcycle-api StartWorkflowUpdate:completePreparation$/),
      'labelcycle-api POST /graphql',
    ]),
  );
  const order = (pattern: RegExp) => names.findIndex((n) => pattern.test(n));
  expect(order(/StartActivity:/)).toBeLessThan(order(/HandleUpdate:/));
  expect(order(/HandleUpdate:/)).toBeLessThan(order(/StartWorkflowUpdate:/));
  expect(order(/StartWorkflowUpdate:/)).toBeLessThan(order(/POST \/graphql/));
  // The GraphQL operation has its span in the same trace, under the request's.
  expect(inTrace().find((s) => s.name === 'mutation Prepare')?.parentSpanId).toBe(request.spanId);

  // The api's log line of the request names the same trace.
  const line = api.output().split('\n').find((l) => l.includes('"operationName":"Prepare"') && l.includes('"msg":"request"'));
  expect(line && JSON.parse(line).traceId).toBe(request.traceId);
});
