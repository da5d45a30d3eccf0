import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSortedSchema } from './build-schema';

const target = path.resolve(__dirname, '../../../../schema/schema.graphql');
writeFileSync(target, printSortedSchema());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
