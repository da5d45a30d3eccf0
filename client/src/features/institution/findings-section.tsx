import { useQuery } from '@apollo/client/react';
import { ProgressMeter } from '../../components/ui/progress-meter';
import { graphql } from '../../gql';
import type { InstitutionFindingsQuery } from '../../gql/graphql';
import { Pending } from './institution-page';
import { useInstitutionTexts } from './institution-texts';
import { NormFinding, type LinkedEvidence } from './norm-finding';
import type { SectionProps } from './section-props';

export const InstitutionFindingFragmentDoc = graphql(`
  fragment InstitutionFinding on AuditFinding {
    id
    normId
    score
    strengths
    improvementPoints
    recordedByName
    updatedAt
    revision
  }
`);

const InstitutionFindingsDocument = graphql(`
  query InstitutionFindings($id: ID!) {
    cycle(id: $id) {
      id
      frameworkVersion {
        id
        categories {
          id
          code
          title
          position
        }
      }
      assessment {
        normId
        normCode
        categoryCode
        norm {
          id
          code
          title
          description
        }
        selfEvaluation {
          id
          normId
          score
          goesWell
          toImprove
          explanation
        }
        finding {
          ...InstitutionFinding
        }
      }
      evidenceLinks {
        id
        normId
        selfEvaluationAnswerId
        evidence {
          id
          name
          type
          size
          downloadUrl
        }
      }
    }
  }
`);

type FindingsCycle = InstitutionFindingsQuery['cycle'];

/** Evidence per norm: linked to the norm itself or to the organisation's answer on it, each file once. */
function evidenceByNorm(cycle: FindingsCycle): Map<string, LinkedEvidence[]> {
  const normOfAnswer = new Map(cycle.assessment.flatMap((a) => (a.selfEvaluation ? [[a.selfEvaluation.id, a.normId] as const] : [])));
  const byNorm = new Map<string, LinkedEvidence[]>();
  for (const link of cycle.evidenceLinks) {
    const normId = link.normId ?? (link.selfEvaluationAnswerId ? normOfAnswer.get(link.selfEvaluationAnswerId) : undefined);
    if (!normId) continue;
    const list = byNorm.get(normId) ?? [];
    if (!list.some((e) => e.id === link.evidence.id)) list.push(link.evidence);
    byNorm.set(normId, list);
  }
  return byNorm;
}

/**
 * The findings per norm, in the framework's order and grouped by category: the organisation's
 * self-evaluation and evidence beside the auditors' form, and how many norms have a finding so far.
 */
export function FindingsSection({ cycle, rights }: SectionProps) {
  const { i } = useInstitutionTexts();
  const auditStarted = cycle.step === 'AUDITING' || cycle.confirmedAuditDate != null;
  const { data, error, refetch } = useQuery(InstitutionFindingsDocument, { variables: { id: cycle.id }, skip: !auditStarted, fetchPolicy: 'cache-and-network' });
  if (!auditStarted) return <p className="card muted">{i('findings.notYet')}</p>;
  if (!data) return <Pending error={error} onRetry={() => void refetch()} />;

  const { assessment, frameworkVersion } = data.cycle;
  const done = assessment.filter((a) => a.finding).length;
  const evidence = evidenceByNorm(data.cycle);
  const categories = [...frameworkVersion.categories].sort((a, b) => a.position - b.position);
  const readOnly = !rights.recordFindings;

  return (
    <div className="stack inst-findings">
      <p>{readOnly ? i('findings.readOnly') : i('findings.intro')}</p>
      <div className="inst-sticky">
        <ProgressMeter
          value={done}
          max={assessment.length}
          label={i('findings.progressLabel')}
          text={i('findings.progress', { done, total: assessment.length })}
          testId="findings-progress"
        />
      </div>
      {categories.map((category) => {
        const norms = assessment.filter((a) => a.categoryCode === category.code);
        if (norms.length === 0) return null;
        return (
          <section key={category.id} className="category" aria-labelledby={`category-${category.id}`}>
            <h3 id={`category-${category.id}`}>{category.title}</h3>
            {norms.map((a) => (
              <NormFinding
                key={a.normId}
                cycleId={cycle.id}
                assessment={a}
                evidence={evidence.get(a.normId) ?? []}
                readOnly={readOnly}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}
