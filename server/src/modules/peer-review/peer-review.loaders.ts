import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { queryRows, sql } from '../../common/sql-fragment';
import type { SchemeDuration } from '../framework/framework-rules';
import { groupedBy } from '../../common/group-by';
import { PeerAuditor } from './peer-auditor.entity';
import { LearningReport, PeerFinding } from './peer-finding.entity';
import { PeerGroupMember } from './peer-group.entity';
import { PeerReviewRegistration } from './peer-review-registration.entity';
import { PeerVisit } from './peer-visit.entity';
import { currentTrainingValidity } from './training-validity';
import type { PeerGroupMemberView } from './peer-review.views';

/** Per-request loaders, keyed by peer group ID: a page of groups costs one query for all their members, visits or auditors. */
export function createPeerReviewLoaders(em: EntityManager) {
  return {
    /** The training validity rule, read once per request however many auditors a page shows (one key). */
    trainingValidity: new DataLoader<'current', SchemeDuration>(async (keys) => {
      const validity = await currentTrainingValidity(em);
      return keys.map(() => validity);
    }),
    /** Keyed by visit ID: the learning report of each visit (every visit has one from its planning). */
    reportByVisit: new DataLoader<string, LearningReport | null>(async (visitIds) => {
      const reports = await em.find(LearningReport, { visit: { $in: [...visitIds] } });
      return visitIds.map((id) => reports.find((r) => r.visit.id === id) ?? null);
    }),
    /** Keyed by visit ID: its register entry, null until registered. */
    registrationByVisit: new DataLoader<string, PeerReviewRegistration | null>(async (visitIds) => {
      const entries = await em.find(PeerReviewRegistration, { visit: { $in: [...visitIds] } });
      return visitIds.map((id) => entries.find((e) => e.visit.id === id) ?? null);
    }),
    /** Keyed by visit ID: its findings in the framework's order. */
    findingsByVisit: new DataLoader<string, PeerFinding[]>(async (visitIds) => {
      const rows = await em.find(PeerFinding, { visit: { $in: [...visitIds] } }, { orderBy: { norm: { category: { position: 'asc' }, position: 'asc' } }, populate: ['norm'] });
      return groupedBy(visitIds, rows, (f) => f.visit.id);
    }),
    visitsByGroup: new DataLoader<string, PeerVisit[]>(async (groupIds) => {
      const visits = await em.find(PeerVisit, { group: { $in: [...groupIds] } }, { orderBy: { date: 'asc', id: 'asc' } });
      return groupIds.map((id) => visits.filter((v) => v.group.id === id));
    }),
    auditorsByGroup: new DataLoader<string, PeerAuditor[]>(async (groupIds) => {
      const members = await em.find(PeerGroupMember, { group: { $in: [...groupIds] } });
      const auditors = await em.find(PeerAuditor, { organisation: { $in: members.map((m) => m.organisation.id) } }, {
        populate: ['organisation', 'person'],
        orderBy: { organisation: { name: 'asc' }, person: { name: 'asc' }, id: 'asc' },
      });
      return groupIds.map((id) => {
        const organisations = new Set(members.filter((m) => m.group.id === id).map((m) => m.organisation.id));
        return auditors.filter((a) => organisations.has(a.organisation.id));
      });
    }),
    membersByGroup: new DataLoader<string, PeerGroupMemberView[]>(async (groupIds) => {
      const rows = await queryRows<{ group_id: string; organisation_id: string; name: string; place: string; region: string; fte: string }>(
        em,
        sql`select m.group_id, o.id as organisation_id, o.name, o.place, s.region, s.fte
              from peer_group_member m
              join organisation o on o.id = m.organisation_id
              join peer_review_sign_up s on s.id = m.sign_up_id
             where m.group_id in (${[...groupIds]})
             order by o.name, o.id`,
      );
      const byGroup = new Map<string, PeerGroupMemberView[]>();
      for (const r of rows) {
        const view = { organisationId: r.organisation_id, organisationName: r.name, place: r.place, region: r.region, fte: Number(r.fte) };
        byGroup.set(r.group_id, [...(byGroup.get(r.group_id) ?? []), view]);
      }
      return groupIds.map((id) => byGroup.get(id) ?? []);
    }),
  };
}

export type PeerReviewLoaders = ReturnType<typeof createPeerReviewLoaders>;
