import path from 'node:path';
import { loadConfig } from '../config';
import { locateTemporalCli } from './temporal-cli';

/** `npm run temporal:install`: finds the Temporal CLI, or builds it into the data folder, and says where it is. */
locateTemporalCli({
  explicitPath: process.env.TEMPORAL_CLI_PATH,
  dataDir: path.resolve(loadConfig().DATA_DIR),
  log: (line) => console.log(`[temporal] ${line}`),
})
  .then((cli) => console.log(`[temporal] CLI: ${cli}`))
  .catch((err: Error) => {
    console.error(`[temporal] ${err.message}`);
    process.exit(1);
  });
