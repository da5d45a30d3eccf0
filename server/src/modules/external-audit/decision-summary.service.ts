import type { AccessPolicy } from '../access/access-policy';
import type { Cycle } from '../cycle/cycle.entity';
import { countScores } from '../cycle/score-counts.view';
import type { ImprovementPlanLoaders } from '../improvement-plan/improvement-plan.loaders';
import type { User } from '../user/user.entity';
import { canReadAuditFindings } from './audit-finding-visibility';
import { awardVerdict } from './award-verdict';
import type { DecisionSummary } from './decision-summary.view';
import type { ExternalAuditLoaders } from './external-audit.loaders';

/** The summary at the top of the decision dossier, from the rows the dossier shows below it. */
export class DecisionSummaryService {
  constructor(private readonly policy: AccessPolicy) {}

  /** Null for whoever may not see the findings yet (the organisation before the draft report). */
  async summaryOf(
    user: User,
    cycle: Cycle,
    loaders: { externalAudit: ExternalAuditLoaders; improvementPlan: ImprovementPlanLoaders },
  ): Promise<DecisionSummary | null> {
    this.policy.assertCanReadCycle(user, cycle);
    if (!canReadAuditFindings(this.policy, user, cycle)) return null;
    const [version, norms, findings, answers, actions] = await Promise.all([
      cycle.frameworkVersion.loadOrFail(),
      loaders.externalAudit.normsByVersion.load(cycle.frameworkVersion.id),
      loaders.externalAudit.findingsByCycle.load(cycle.id),
      loaders.externalAudit.answersByCycle.load(cycle.id),
      loaders.improvementPlan.actionsByCycle.load(cycle.id),
    ]);
    const normById = new Map(norms.map((n) => [n.id, n]));
    const codeOf = (normId: string) => normById.get(normId)?.code ?? normId;
    const verdict = awardVerdict(version.rules.awardRule, findings, actions, codeOf);

    const findingOf = new Map(findings.map((f) => [f.norm.id, f]));
    const answerOf = new Map(answers.map((a) => [a.norm.id, a]));
    const weighed = new Set(verdict.weighed);
    const blocking = new Set(verdict.blocking);
    const actionCount = (normId: string) => actions.filter((a) => a.norm?.id === normId).length;
    return {
      findings: countScores(findings.map((f) => f.score)),
      // The same norms as the findings, so the two tallies compare like with like.
      selfEvaluation: countScores(findings.map((f) => answerOf.get(f.norm.id)?.score ?? null)),
      normsWithoutFinding: norms.filter((n) => !findingOf.has(n.id)).length,
      awardRule: version.rules.awardRule,
      awardRulePlaceholder: version.rules.placeholder,
      awardAllowed: blocking.size === 0,
      decidingNorms: norms
        .filter((n) => weighed.has(n.code))
        .map((norm) => ({
          norm,
          score: findingOf.get(norm.id)!.score,
          selfEvaluationScore: answerOf.get(norm.id)?.score ?? null,
          actionCount: actionCount(norm.id),
          blocking: blocking.has(norm.code),
        })),
    };
  }
}
