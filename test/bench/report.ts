/** The bench's output: detail lines as it goes, and one table at the end. */

export interface Verdict {
  metric: string;
  measured: string;
  target: string;
  /** null: reported, no target. */
  pass: boolean | null;
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function verdictTable(verdicts: readonly Verdict[]): string {
  return table(
    ['metric', 'measured', 'target', 'result'],
    verdicts.map((v) => [v.metric, v.measured, v.target, v.pass === null ? '-' : v.pass ? 'PASS' : 'FAIL']),
  );
}

export const log = (line: string) => console.log(`[bench] ${line}`);
