import path from 'node:path';
import { componentLogger } from '../common/logger';
import { loadConfig } from '../config';
import { locateTemporalCli } from './temporal-cli';

const log = componentLogger('launcher');

/**
 * `npm run temporal:install`: finds the Temporal CLI, or builds it into the data folder, and says where it is.
 * The progress of a build is logged; the answer, the CLI's path, is this command's output on stdout.
 */
locateTemporalCli({
  explicitPath: process.env.TEMPORAL_CLI_PATH,
  dataDir: path.resolve(loadConfig().DATA_DIR),
  log: (line) => log.info(line),
})
  .then((cli) => process.stdout.write(`Temporal CLI: ${cli}\n`))
  .catch((err: Error) => {
    // The message alone: a missing Go or a failed build, which its text explains; a stack would not.
    log.error(err.message);
    process.exit(1);
  });
