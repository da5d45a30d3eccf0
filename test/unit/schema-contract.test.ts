import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printSortedSchema } from '../../server/src/graphql/build-schema';

describe('the GraphQL contract', () => {
  it('schema/schema.graphql is exactly what the code emits (run `npm run schema:emit` after changing the API)', () => {
    const committed = readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8');
    expect(printSortedSchema()).toBe(committed);
  });

  it('offers scheme durations in days, weeks and months only: seconds are for tests and not part of the API', () => {
    const sdl = printSortedSchema();
    expect(sdl).toContain('\nenum DurationUnit {\n  DAYS\n  MONTHS\n  WEEKS\n}\n');
    expect(sdl).not.toMatch(/\bSECONDS\b/);
  });

  it('has the operations the client and outside tools depend on', () => {
    const sdl = printSortedSchema();
    for (const op of ['me', 'organisation(', 'cycle(', 'cycles(', 'cycleEvents(', 'frameworkVersions']) expect(sdl).toContain(`  ${op}`);
    for (const op of ['login(', 'logout', 'startCycle(', 'completePreparation(', 'saveSelfEvaluationAnswer(', 'submitSelfEvaluation(']) {
      expect(sdl).toContain(`  ${op}`);
    }
  });
});
