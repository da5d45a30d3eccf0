import type { ProcessMessage } from '../../../../workflows/src/activities';
import { csvText } from '../../common/csv-text';
import type { Phase } from '../cycle/cycle-enums';
import { eventText, type Locale } from '../cycle/process-texts';
import { DOSSIER_TEXTS } from './dossier-texts';

/** One entry of a cycle's audit trail as the dossier carries it. */
export interface TrailEntry {
  seq: number;
  at: Date;
  fromPhase: Phase | null;
  toPhase: Phase;
  command: string;
  /** Who gave the command; null for the process's own timers. */
  actorName: string | null;
  /** The stored Dutch wording, for entries from before events had codes. */
  storedSummary: string;
  event: ProcessMessage | null;
}

const COLUMNS = ['seq', 'at', 'fromPhase', 'toPhase', 'command', 'actor', 'summary'] as const;

const summaryOf = (entry: TrailEntry, locale: Locale) => (entry.event ? eventText(entry.event, locale) : entry.storedSummary);

/**
 * The audit trail for people: one row per transition, oldest first, the moment in ISO 8601 (UTC), phases
 * and commands as the process names them, what happened in the reader's language. UTF-8 with a byte-order
 * mark, as the self-evaluation CSV.
 */
export function auditTrailCsv(entries: readonly TrailEntry[], locale: Locale): string {
  const t = DOSSIER_TEXTS[locale];
  const records = entries.map((e): Record<(typeof COLUMNS)[number], string> => ({
    seq: String(e.seq),
    at: e.at.toISOString(),
    fromPhase: e.fromPhase ?? '',
    toPhase: e.toPhase,
    command: e.command,
    actor: e.actorName ?? t.timer,
    summary: summaryOf(e, locale),
  }));
  return csvText(records, COLUMNS.map((key) => ({ key, header: t.trail[key] })), { bom: true });
}

/** The same trail for programs: the fields as stored, with the workflow's event (its code and data) and the wording. */
export function auditTrailJson(entries: readonly TrailEntry[], locale: Locale): string {
  const rows = entries.map((e) => ({
    seq: e.seq,
    at: e.at.toISOString(),
    fromPhase: e.fromPhase,
    toPhase: e.toPhase,
    command: e.command,
    actorName: e.actorName,
    summary: summaryOf(e, locale),
    event: e.event,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
