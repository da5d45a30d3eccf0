import { execFile } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Lints a snippet as if it were the given file, through the project's own ESLint config (run as the CLI,
 * because ESLint loads its flat config with a dynamic import that jest's sandbox does not allow). */
function lint(file: string, code: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [path.join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file, '--format', 'json'],
      { cwd: ROOT },
      (err, stdout) => {
        try {
          const [result] = JSON.parse(stdout) as { messages: { ruleId: string; message: string }[] }[];
          resolve(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
        } catch {
          reject(err ?? new Error(`eslint printed no JSON: ${stdout}`));
        }
      },
    );
    child.stdin!.end(code);
  });
}

describe('the one-way arrows of docs/architecture.md, enforced by lint', () => {
  it('workflows/ may import @temporalio/workflow, async-mutex and its own files', async () => {
    expect(
      await lint('workflows/src/probe.ts', "import { sleep } from '@temporalio/workflow';\nimport { Mutex } from 'async-mutex';\nimport { PHASES } from './process/phases';\nexport const x = [sleep, Mutex, PHASES];\n"),
    ).toEqual([]);
  });

  it.each([
    ["import { readFileSync } from 'node:fs';", 'a Node builtin'],
    ["import path from 'path';", 'a bare Node builtin'],
    ["import { loadConfig } from '../../server/src/config';", 'server/'],
    ["import { Client } from '@temporalio/client';", 'another package'],
  ])('workflows/ may not import %s (%s)', async (line) => {
    const messages = await lint('workflows/src/probe.ts', `${line}\nexport const x = 1;\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('deterministic');
  });

  it.each([
    "import { loadConfig } from '../../../server/src/config';",
    "import { PHASES } from '../../../workflows/src/rules';",
  ])('client/ may not import %s', async (line) => {
    const messages = await lint('client/src/features/probe.ts', `${line}\nexport const x = 1;\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('GraphQL');
  });
});
