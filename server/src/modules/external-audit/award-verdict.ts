import { awardBlockingNorms, type AwardRuleName } from '../../../../workflows/src/rules';

interface FindingRow {
  norm: { id: string };
  score: Parameters<typeof awardBlockingNorms>[1][number]['score'];
  improvementPoints: string;
}

interface ActionRow {
  norm: { id: string } | null;
}

/** What the scheme's award rule says of a cycle: the norms it weighs, and those of them that block the award. */
export interface AwardVerdict {
  /** Norm codes the rule would block on if no improvement action answered them. */
  weighed: string[];
  /** Norm codes that block the award now, with the plan's actions counted. */
  blocking: string[];
}

/**
 * The model's award rule (awardBlockingNorms) on a cycle's findings and improvement actions. The decision
 * command and the decision dossier's summary both ask it here, so the verdict on screen is the one the
 * command enforces. `weighed` asks the same rule as if no action existed: the norms the rule looks at.
 */
export function awardVerdict(
  rule: AwardRuleName,
  findings: readonly FindingRow[],
  actions: readonly ActionRow[],
  codeOf: (normId: string) => string,
): AwardVerdict {
  const facts = findings.map((f) => ({ normCode: codeOf(f.norm.id), score: f.score, improvementPoints: f.improvementPoints }));
  const withAction = actions.flatMap((a) => (a.norm ? [codeOf(a.norm.id)] : []));
  return { weighed: awardBlockingNorms(rule, facts, []), blocking: awardBlockingNorms(rule, facts, withAction) };
}
