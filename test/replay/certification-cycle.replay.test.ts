import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HISTORIES_DIR } from '../support/record-history';
import { testEnv } from '../support/test-env';

const files = readdirSync(HISTORIES_DIR).filter((f) => f.endsWith('.json'));

describe('committed workflow histories replay with the current workflow code', () => {
  it('has histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  // A change that makes the workflow issue different commands for the same events fails here
  // (DeterminismViolationError), before it can break cycles that are running in production.
  it.each(files)('%s', async (file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(path.join(HISTORIES_DIR, file), 'utf8')));
    await Worker.runReplayHistory({ workflowBundle: { codePath: testEnv().workflowBundlePath } }, history, file);
  });
});
