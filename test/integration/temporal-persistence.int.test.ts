import { Client, Connection } from '@temporalio/client';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startTemporalDevServer } from '../../server/src/launcher/temporal-dev-server';
import { cycleWorkflowId } from '../../workflows/src/ids';
import { testEnv } from '../support/test-env';

/** A server just (re)started may still be opening its file: connecting is tried again for up to a minute. */
async function connectWhenReady(address: string): Promise<Connection> {
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      return await Connection.connect({ address, connectTimeout: '10 seconds' });
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

it('the dev server that npm start runs keeps running workflows across a restart (persisted to its file)', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lc-temporal-'));
  const dbFile = path.join(dir, 'temporal.db');
  const port = await freePort();
  const start = () => startTemporalDevServer({ cliPath: testEnv().temporalCliPath, port, uiPort: null, dbFile });
  const workflowId = cycleWorkflowId(`persistence-${Date.now()}`);
  try {
    let server = await start();
    let connection = await connectWhenReady(server.address);
    // No worker is needed: a started workflow is durable state of the server from the first moment.
    await new Client({ connection }).workflow.start('certificationCycleWorkflow', {
      workflowId,
      taskQueue: 'persistence-probe',
      args: [{ cycleId: 'x', organisationId: 'y', startedBy: 'z' }],
    });
    await connection.close();
    await server.stop();

    server = await start();
    connection = await connectWhenReady(server.address);
    const description = await new Client({ connection }).workflow.getHandle(workflowId).describe();
    expect(description.status.name).toBe('RUNNING');
    await connection.close();
    await server.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
