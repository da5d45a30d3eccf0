import path from 'node:path';
import { locateTemporalCli } from '../../server/src/launcher/temporal-cli';
import { freePort, startTemporalDevServer } from '../../server/src/launcher/temporal-dev-server';
import { onTeardown } from './teardown';

/** A Temporal dev server for this run only: free port, no UI, everything in memory. */
export async function startThrowawayTemporal(root: string, log: (line: string) => void): Promise<string> {
  const cliPath = await locateTemporalCli({ explicitPath: process.env.TEMPORAL_CLI_PATH, dataDir: path.join(root, '.data'), log });
  const server = await startTemporalDevServer({ cliPath, port: await freePort(), uiPort: null });
  onTeardown('stop Temporal', () => server.stop());
  return server.address;
}
