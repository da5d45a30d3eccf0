import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { componentLogger } from '../../common/logger';
import { loadConfig } from '../../config';
import { openOrm } from '../../db/database';
import { connectTemporalClient } from '../../temporal/connection';
import { rebuildCycles } from './rebuild';
import { reconcileCycles } from './reconcile';
import { rebuildLines, reconcileLines } from './repair-report';

const log = componentLogger('cli');

/**
 * `npm run cycles:reconcile` and `npm run cycles:rebuild` (see docs/operations.md). Options: `--dry-run`
 * reads and reports only; `--cycle <id>` (repeatable) limits the run to those cycles; `--page-size <n>`.
 * The report is this command's answer to a person: plain lines on stdout, whatever LOG_LEVEL says.
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      cycle: { type: 'string', multiple: true },
      'page-size': { type: 'string', default: '200' },
    },
  });
  const [command] = positionals;
  if (command !== 'reconcile' && command !== 'rebuild') throw new Error(`the command is reconcile or rebuild, not ${command ?? '(none)'}`);
  const pageSize = Number(values['page-size']);
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`--page-size must be a whole number from 1, not ${values['page-size']}`);
  const ids = z.array(z.uuid()).optional().safeParse(values.cycle);
  if (!ids.success) throw new Error(`--cycle takes a cycle ID (a UUID): ${values.cycle?.join(', ')}`);
  const dryRun = values['dry-run'];
  const config = loadConfig();
  const orm = await openOrm(config.DATABASE_URL);
  const { client, connection } = await connectTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE, taskQueue: config.TEMPORAL_TASK_QUEUE });
  try {
    const opts = { dryRun, cycleIds: ids.data, pageSize };
    const lines =
      command === 'reconcile'
        ? reconcileLines(await reconcileCycles(orm, client, opts), dryRun)
        : rebuildLines(await rebuildCycles(orm, client, { ...opts, taskQueue: config.TEMPORAL_TASK_QUEUE, testSecondsDurations: config.TEST_SECONDS_DURATIONS }), dryRun);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await connection.close();
    await orm.close();
  }
}

main().catch((err) => {
  log.fatal({ err }, 'failed');
  process.exit(1);
});
