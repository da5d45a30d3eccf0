/** Order statistics over latency samples (milliseconds). */

/** The value below which `p` (0..1) of the samples fall, nearest-rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1];
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5);
export const p95 = (samples: readonly number[]) => percentile(samples, 0.95);

export function fixed(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}
