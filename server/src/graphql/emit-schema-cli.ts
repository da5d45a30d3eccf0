import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { componentLogger } from '../common/logger';
import { projectRoot } from '../common/project-root';
import { printSortedSchema } from './build-schema';

const target = path.join(projectRoot(), 'schema/schema.graphql');
try {
  writeFileSync(target, printSortedSchema());
  // The answer to the developer who ran `npm run schema:emit`: plain stdout. A failure goes to the logger.
  process.stdout.write(`Wrote ${path.relative(process.cwd(), target)}\n`);
} catch (err) {
  componentLogger('cli').fatal({ err }, 'emitting the schema failed');
  process.exitCode = 1;
}
