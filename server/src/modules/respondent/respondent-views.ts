import type { EntityManager } from '@mikro-orm/postgresql';
import { Norm } from '../framework/norm.entity';
import { queryRows, sql } from '../../common/sql-fragment';
import { userSummary } from '../user/user-summary.view';
import type { RespondentInvitation } from './respondent-invitation.entity';
import type { RespondentInvitationView } from './respondent-invitation.view';

/** The norms of each framework version, in framework order (category, then norm), with their categories. */
export async function normsOfVersions(em: EntityManager, versionIds: readonly string[]): Promise<Map<string, Norm[]>> {
  const unique = [...new Set(versionIds)];
  const norms = unique.length
    ? await em.find(Norm, { frameworkVersion: { $in: unique } }, { populate: ['category'], orderBy: { category: { position: 'asc' }, position: 'asc' } })
    : [];
  const byVersion = new Map<string, Norm[]>(unique.map((id) => [id, []]));
  for (const norm of norms) byVersion.get(norm.frameworkVersion.id)!.push(norm);
  return byVersion;
}

/** The norms an invitation asks about: those of its categories, or all when it names none. */
export function normsInScope(norms: readonly Norm[], categoryCodes: readonly string[]): Norm[] {
  return categoryCodes.length === 0 ? [...norms] : norms.filter((n) => categoryCodes.includes(n.category.getEntity().code));
}

/**
 * Invitations as the API shows them, their progress counted for all of them in two queries: the rows the
 * views need are loaded together, never one per invitation.
 */
export async function invitationViews(em: EntityManager, invitations: readonly RespondentInvitation[]): Promise<RespondentInvitationView[]> {
  if (invitations.length === 0) return [];
  await em.populate(invitations as RespondentInvitation[], ['respondent', 'invitedBy', 'cycle']);
  const ids = invitations.map((i) => i.id);
  const [answered, norms] = await Promise.all([
    queryRows<{ invitation_id: string; answered: number }>(
      em,
      sql`select invitation_id, count(*)::int as answered from respondent_answer where invitation_id in (${ids}) and score is not null group by invitation_id`,
    ),
    normsOfVersions(em, invitations.map((i) => i.cycle.getEntity().frameworkVersion.id)),
  ]);
  const answeredOf = new Map(answered.map((r) => [r.invitation_id, r.answered]));
  return invitations.map((i) => ({
    id: i.id,
    cycleId: i.cycle.id,
    respondent: userSummary(i.respondent.getEntity()),
    layer: i.layer,
    categoryCodes: i.categoryCodes,
    dueDate: i.dueDate,
    invitedByName: i.invitedBy.getEntity().name,
    createdAt: i.createdAt,
    submittedAt: i.submittedAt,
    answeredCount: answeredOf.get(i.id) ?? 0,
    normCount: normsInScope(norms.get(i.cycle.getEntity().frameworkVersion.id) ?? [], i.categoryCodes).length,
  }));
}
