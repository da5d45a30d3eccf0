import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../common/project-root';
import { printSortedSchema } from './build-schema';

const target = path.join(projectRoot(), 'schema/schema.graphql');
writeFileSync(target, printSortedSchema());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
