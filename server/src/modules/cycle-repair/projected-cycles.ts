import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../../common/sql-fragment';
import { FINAL_PHASES, type Phase, type Step } from '../../../../workflows/src/rules';
import type { StoredSchemeRules } from '../cycle/cycle-durations';

/** One open cycle as PostgreSQL projects it, with what a rebuild needs to start its workflow there. */
export interface ProjectedCycle {
  id: string;
  organisationId: string;
  startedById: string;
  previousCycleId: string | null;
  nextCycleId: string | null;
  rules: StoredSchemeRules;
  phase: Phase;
  step: Step | null;
  seq: number;
  dueAt: Date | null;
  overdue: boolean;
  closed: boolean;
  leadAuditorId: string | null;
  coAuditorId: string | null;
  proposedAuditDates: string[];
  confirmedAuditDate: string | null;
  /** When the running deadline started: the last transition that starts one. */
  deadlineStartedAt: Date | null;
  engagedAt: Date | null;
  certificate: { number: string; validFrom: Date; validUntil: Date } | null;
  /** The end of the cycle's registered peer assessment (the peer path), when it has one. */
  registrationValidUntil: Date | null;
  /** Batches of respondents (due date, invitation time) with someone not submitted and not yet reminded. */
  respondentBatches: { dueDate: string; invitedAt: Date }[];
}

type Moment = 'dueAt' | 'deadlineStartedAt' | 'engagedAt' | 'registrationValidUntil';

/** The ORM's driver hands timestamps over as text; they become Dates below. */
interface Row extends Omit<ProjectedCycle, 'certificate' | 'respondentBatches' | Moment> {
  respondentBatches: { dueDate: string; invitedAt: string }[];
  dueAt: string | null;
  deadlineStartedAt: string | null;
  engagedAt: string | null;
  registrationValidUntil: string | null;
  certificateNumber: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

const date = (v: string | Date | null) => (v === null ? null : new Date(v));

/** The transitions that start a deadline (see the workflow's commands). */
const DEADLINE_STARTS = ['completePreparation', 'issueDraftReport', 'issueFinalReport'];

/**
 * Open cycles (not in a final phase, so their workflow should run), a page at a time in ID order: a sector's
 * cycles are read in pages, each one statement, never all at once. `cycleIds` narrows it to those cycles.
 */
export async function projectedCyclesPage(em: EntityManager, opts: { after: string | null; limit: number; cycleIds?: readonly string[] }): Promise<ProjectedCycle[]> {
  if (opts.cycleIds?.length === 0) return [];
  // An array parameter becomes a list of parameters: `in (${list})`.
  const after = opts.after ? sql`and c.id > ${opts.after}` : sql``;
  const only = opts.cycleIds ? sql`and c.id in (${[...opts.cycleIds]})` : sql``;
  const rows = await queryRows<Row>(em, sql`
    select c.id, c.organisation_id as "organisationId", c.started_by_id as "startedById", c.previous_cycle_id as "previousCycleId",
           n.id as "nextCycleId", v.rules, c.phase, c.step, c.seq, c.due_at as "dueAt", c.overdue, c.closed_at is not null as closed,
           c.lead_auditor_id as "leadAuditorId", c.co_auditor_id as "coAuditorId", c.proposed_audit_dates as "proposedAuditDates",
           c.confirmed_audit_date::text as "confirmedAuditDate",
           (select t.at from cycle_transition t where t.cycle_id = c.id and t.command in (${DEADLINE_STARTS}) order by t.seq desc limit 1) as "deadlineStartedAt",
           (select t.at from cycle_transition t where t.cycle_id = c.id and t.command = 'acceptEngagement' order by t.seq desc limit 1) as "engagedAt",
           (select coalesce(json_agg(json_build_object('dueDate', b.due_date::text, 'invitedAt', b.created_at) order by b.created_at), '[]'::json)
              from (select distinct i.due_date, i.created_at from respondent_invitation i
                     where i.cycle_id = c.id and i.submitted_at is null
                       and not exists (select 1 from notification r where r.user_id = i.respondent_id and r.cycle_id = c.id and r.key = 'respondent-remind#' || i.id)) b
           ) as "respondentBatches",
           (select max(r.valid_until) from peer_review_registration r
              join peer_group_member gm on gm.group_id = r.group_id and gm.organisation_id = r.organisation_id
              join peer_review_sign_up s on s.id = gm.sign_up_id
             where s.cycle_id = c.id) as "registrationValidUntil",
           cert.number as "certificateNumber", cert.valid_from as "validFrom", cert.valid_until as "validUntil"
      from cycle c
      join framework_version v on v.id = c.framework_version_id
      left join cycle n on n.previous_cycle_id = c.id
      left join certificate cert on cert.cycle_id = c.id
     where c.phase not in (${[...FINAL_PHASES]}) ${after} ${only}
     order by c.id
     limit ${opts.limit}`);
  return rows.map(({ certificateNumber, validFrom, validUntil, ...row }) => ({
    ...row,
    seq: Number(row.seq),
    dueAt: date(row.dueAt),
    deadlineStartedAt: date(row.deadlineStartedAt),
    engagedAt: date(row.engagedAt),
    registrationValidUntil: date(row.registrationValidUntil),
    respondentBatches: row.respondentBatches.map((b) => ({ dueDate: b.dueDate, invitedAt: new Date(b.invitedAt) })),
    certificate: certificateNumber && validFrom && validUntil ? { number: certificateNumber, validFrom: new Date(validFrom), validUntil: new Date(validUntil) } : null,
  }));
}

/** Every open cycle, page after page. */
export async function* projectedCycles(em: EntityManager, opts: { pageSize: number; cycleIds?: readonly string[] }): AsyncGenerator<ProjectedCycle[]> {
  let after: string | null = null;
  for (;;) {
    const page = await projectedCyclesPage(em, { after, limit: opts.pageSize, cycleIds: opts.cycleIds });
    if (page.length > 0) yield page;
    if (page.length < opts.pageSize) return;
    after = page[page.length - 1].id;
  }
}

/** Runs `work` over the items with at most `width` at a time, keeping their order in the result. */
export async function inBatches<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width) out.push(...(await Promise.all(items.slice(i, i + width).map(work))));
  return out;
}
