import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cycleWorkflowId } from '../../workflows/src/ids';
import { testEnv } from './test-env';

export const HISTORIES_DIR = path.resolve(__dirname, '../replay/histories');

/**
 * With RECORD_HISTORIES=1, saves a finished cycle's workflow history (or another workflow's, by its ID) for the replay tests. Run it when the
 * workflow changes on purpose (and the old histories are no longer meant to replay); commit the files.
 * The Temporal CLI writes the history in the JSON form the SDK's replayer reads.
 */
export function recordHistory(cycleId: string, name: string): void {
  recordWorkflowHistory(cycleWorkflowId(cycleId), name);
}

/** The same for any workflow by its ID (the learning years, the peer groups). */
export function recordWorkflowHistory(workflowId: string, name: string): void {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const { temporalCliPath, temporalAddress } = testEnv();
  const json = execFileSync(temporalCliPath, [
    'workflow', 'show', '--address', temporalAddress, '--workflow-id', workflowId, '--output', 'json',
  ]);
  writeFileSync(path.join(HISTORIES_DIR, `${name}.json`), json);
}
