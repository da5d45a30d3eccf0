import type { Refusal } from './phases';

export interface AuditDaysBand {
  maxFte: number | null;
  days: number;
}

/** Audit days from the scheme's FTE table: the first band whose upper bound covers the FTE. */
export function auditDaysFor(fte: number, table: readonly AuditDaysBand[]): number | null {
  const sorted = [...table].sort((a, b) => (a.maxFte ?? Infinity) - (b.maxFte ?? Infinity));
  const band = sorted.find((b) => b.maxFte === null || fte <= b.maxFte);
  return band ? band.days : null;
}

/** Planned audit days differ from the table only with a reason. */
export function auditDaysOverrideRefusal(computed: number, planned: number, reason: string | null): Refusal | null {
  if (planned === computed || reason?.trim()) return null;
  return {
    code: 'BAD_USER_INPUT',
    field: 'overrideReason',
    message: `The table gives ${computed} audit day(s); say why you plan ${planned}.`,
    details: { field: 'overrideReason', computedAuditDays: computed },
  };
}

export interface Progress {
  done: number;
  total: number;
  percent: number;
}

export function progressOf(done: number, total: number): Progress {
  const percent = total === 0 ? 0 : Math.floor((done / total) * 100);
  return { done, total, percent };
}
