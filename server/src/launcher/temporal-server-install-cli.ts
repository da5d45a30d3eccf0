import path from 'node:path';
import { componentLogger } from '../common/logger';
import { loadConfig } from '../config';
import { locateTemporalServer } from './temporal-server-install';

const log = componentLogger('launcher');

/**
 * `npm run cluster:install`: finds the Temporal server and its schema tool, or builds them into the data
 * folder, and says where they are; `npm run cluster` then starts without a build.
 */
locateTemporalServer({ dataDir: path.resolve(loadConfig().DATA_DIR), log: (line) => log.info(line) })
  .then((tools) => process.stdout.write(`Temporal server: ${tools.server}\nTemporal schema tool: ${tools.sqlTool}\nSchema files: ${tools.moduleDir}/schema\n`))
  .catch((err: Error) => {
    log.error(err.message);
    process.exit(1);
  });
