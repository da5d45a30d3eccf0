import { LockMode, type Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../common/errors';
import { decodeSortedCursor, encodeSortedCursor } from '../../common/keyset-cursor';
import type { Change } from '../../common/mutation-id';
import type { Page } from '../../common/pagination';
import { ImprovementAction } from '../improvement-plan/improvement-action.entity';
import { InternalAuditFinding } from '../internal-audit/internal-audit-finding.entity';
import type { User } from '../user/user.entity';
import { THEME_LIMITS, type ProposeLearningThemeInput, type ShowInterestInput } from './dto/learning-theme.inputs';
import type { Norm } from '../framework/norm.entity';
import { LearningTheme, LearningThemeInterest } from './learning-theme.entity';

/**
 * The learning agenda of an organisation: themes anyone of it proposes, and the interest its people show in
 * them. Everything is scoped to the caller's own organisation; another organisation's theme, finding or
 * action is not found, as one of nothing is.
 */
export class LearningThemeService {
  async propose(em: EntityManager, user: User, input: Change<ProposeLearningThemeInput>): Promise<LearningTheme> {
    const organisation = user.organisation!.id;
    if (input.internalAuditFindingId && input.improvementActionId) {
      throw badInput('improvementActionId', 'A theme comes from one learning point or one improvement action; name only one of them.', 'themeOneSource');
    }
    const finding = input.internalAuditFindingId
      ? await em.findOne(InternalAuditFinding, { id: input.internalAuditFindingId, internalAudit: { cycle: { organisation } } })
      : null;
    if (input.internalAuditFindingId && !finding) throw notFound('Internal audit finding', 'internalAuditFindingId');
    const action = input.improvementActionId ? await em.findOne(ImprovementAction, { id: input.improvementActionId, cycle: { organisation } }) : null;
    if (input.improvementActionId && !action) throw notFound('Improvement action', 'improvementActionId');
    const source = finding ? await sourceText(finding.norm, finding.improvementPoints || finding.strengths) : action ? await sourceText(action.norm, action.what) : null;
    const title = input.title?.trim() || source?.title;
    if (!title) throw badInput('title', 'Give the theme a name.', 'themeNameEmpty');
    return em.create(LearningTheme, {
      organisation,
      proposedBy: user.id,
      title,
      description: input.description.trim() || source?.description || '',
      internalAuditFinding: finding?.id ?? null,
      improvementAction: action?.id ?? null,
    });
  }

  /** Sets the caller's interest; the count is written again from the interest rows under the theme's lock. */
  async showInterest(em: EntityManager, user: User, input: Change<ShowInterestInput>): Promise<LearningTheme> {
    const theme = await em.findOne(LearningTheme, { id: input.themeId, organisation: user.organisation!.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!theme) throw notFound('Learning theme');
    const existing = await em.findOne(LearningThemeInterest, { theme: theme.id, person: user.id });
    if (input.interested && !existing) em.create(LearningThemeInterest, { theme: theme.id, person: user.id });
    if (!input.interested && existing) em.remove(existing);
    await em.flush();
    theme.interestCount = await em.count(LearningThemeInterest, { theme: theme.id });
    return theme;
  }

  /**
   * What a person's deletion of their learning data does to the agenda: their interest is withdrawn (each
   * count written again under its theme's lock, the themes locked in one order so two deletions cannot
   * deadlock), and the themes they proposed stay for the others who showed interest, without their name.
   */
  async forgetPerson(em: EntityManager, user: User): Promise<{ interests: number; themes: number }> {
    const interests = await em.find(LearningThemeInterest, { person: user.id });
    const themeIds = [...new Set(interests.map((i) => i.theme.id))].sort();
    const themes = themeIds.length ? await em.find(LearningTheme, { id: { $in: themeIds } }, { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE }) : [];
    interests.forEach((i) => em.remove(i));
    await em.flush();
    for (const theme of themes) theme.interestCount = await em.count(LearningThemeInterest, { theme: theme.id });
    const anonymised = await em.nativeUpdate(LearningTheme, { proposedBy: user.id }, { proposedBy: null });
    await em.flush();
    return { interests: interests.length, themes: anonymised };
  }

  /** The agenda, most interest first, then newest; keyset pages over (interestCount, createdAt, id). */
  async list(em: EntityManager, user: User, first: number, after: string | null | undefined): Promise<Page<LearningTheme>> {
    const scope = { organisation: user.organisation!.id };
    const keyset = after ? afterCursor(after) : {};
    const [rows, totalCount] = await Promise.all([
      em.find(LearningTheme, { $and: [scope, keyset] }, { orderBy: { interestCount: 'desc', createdAt: 'desc', id: 'desc' }, limit: first + 1 }),
      em.count(LearningTheme, scope),
    ]);
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount,
      pageInfo: { endCursor: last ? encodeSortedCursor([String(last.interestCount), last.createdAt.toISOString(), last.id]) : null, hasNextPage: rows.length > first },
    };
  }
}

/**
 * A theme proposed in one click from a learning point or an improvement action takes its text from it: the
 * norm's code and the first line as its title, all of it as its description, within the theme's limits. It
 * is the source's own words, in the language the organisation wrote them in.
 */
async function sourceText(normRef: Ref<Norm> | null, text: string): Promise<{ title: string; description: string }> {
  const norm = await normRef?.load();
  const firstLine = text.trim().split(/\r?\n/)[0]?.trim() ?? '';
  const title = [norm?.code, firstLine || norm?.title].filter(Boolean).join(' ');
  return { title: cut(title, THEME_LIMITS.title), description: cut(text.trim(), THEME_LIMITS.description) };
}

/** At most `max` characters, an ellipsis where the text was cut. */
const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** The rows after a cursor in the agenda's order; a cursor that encodeSortedCursor did not make is refused naming `after`. */
function afterCursor(cursor: string) {
  const [countText, createdText, id] = decodeSortedCursor(cursor, 3, [2]);
  const count = Number(countText);
  const createdAt = new Date(createdText);
  if (!/^\d{1,9}$/.test(countText) || Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== createdText) {
    throw badInput('after', 'This cursor is not valid; use pageInfo.endCursor from the previous page.');
  }
  return {
    $or: [
      { interestCount: { $lt: count } },
      { interestCount: count, createdAt: { $lt: createdAt } },
      { interestCount: count, createdAt, id: { $lt: id } },
    ],
  };
}
