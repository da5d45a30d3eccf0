import { useQuery } from '@apollo/client/react';
import { useMemo, useRef, type FocusEvent } from 'react';
import { ProgressMeter } from '../../../components/ui/progress-meter';
import { graphql } from '../../../gql';
import type { NormSpreadFieldsFragment, SelfEvaluationFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useFlushRegistry } from '../../../lib/use-flush-registry';
import { allows } from '../../../lib/viewer-can';
import { useTranslation } from 'react-i18next';
import { useCycleEvidence } from '../../evidence/cycle-evidence';
import { EvidenceCarryOver } from '../../evidence/evidence-carry-over';
import { Button } from '../../../components/ui/button';
import { goToNorm } from './norm-link';
import { useOrgUser } from '../org-user';
import { NormFieldset } from './norm-fieldset';
import { SelfEvaluationContents } from './self-evaluation-contents';
import { SubmitSelfEvaluation } from './submit-self-evaluation';
import './cycle.css';

export const SelfEvaluationFragmentDoc = graphql(`
  fragment SelfEvaluation on Cycle {
    id
    phase
    selfEvaluationLockedAt
    ...CycleViewerCan
    progress {
      done
      total
      percent
    }
    frameworkVersion {
      id
      categories {
        id
        code
        title
        norms {
          ...NormFields
        }
      }
    }
    selfEvaluationAnswers {
      ...AnswerFields
    }
  }
`);

/** What others change while this page is open: the answers (and so the progress), read again every few seconds. */
const SelfEvaluationLiveQuery = graphql(`
  query SelfEvaluationLive($id: ID!) {
    cycle(id: $id) {
      id
      progress {
        done
        total
        percent
      }
      selfEvaluationAnswers {
        ...AnswerFields
      }
    }
  }
`);

/** Others' saves appear within this time, without reloading; a hidden tab does not ask (docs/architecture.md). */
export const LIVE_POLL_MS = 3000;

interface SelfEvaluationFormProps {
  cycle: SelfEvaluationFragment;
  /** What respondents answered, by norm (the quality officer's view). */
  spreads?: ReadonlyMap<string, NormSpreadFieldsFragment>;
}

/**
 * The self-evaluation per norm, grouped by category; the page around it carries the heading. What may be
 * changed is the server's answer for this viewer: the answers (and the evidence on the norms, which the
 * same window and roles govern), the previous cycle's evidence, and submitting.
 */
export function SelfEvaluationForm({ cycle, spreads }: SelfEvaluationFormProps) {
  const { t } = useTranslation();
  const me = useOrgUser();
  const readOnly = !allows(cycle, 'SELF_EVALUATION_ANSWERS');
  const carryOverReadOnly = !allows(cycle, 'EVIDENCE_CARRY_OVER');
  // Submitting locks the answers at once, even before the phase moves on: no submit without open answers.
  const canSubmit = allows(cycle, 'submitSelfEvaluation') && !readOnly;

  const evidence = useCycleEvidence(cycle.id);
  // The answers live in Apollo's cache by ID, so what the poll brings reaches every norm on the page.
  useQuery(SelfEvaluationLiveQuery, {
    variables: { id: cycle.id },
    pollInterval: readOnly ? 0 : LIVE_POLL_MS,
    skipPollAttempt: () => document.visibilityState === 'hidden',
    fetchPolicy: 'network-only',
    skip: readOnly,
  });
  const answers = useMemo(() => new Map(cycle.selfEvaluationAnswers.map((a) => [a.normId, a])), [cycle.selfEvaluationAnswers]);
  const scored = useMemo(
    () => new Set(cycle.frameworkVersion.categories.flatMap((c) => c.norms.filter((n) => answers.get(n.id)?.score).map((n) => n.code))),
    [cycle.frameworkVersion.categories, answers],
  );

  // Each norm registers how to save its pending changes; submitting first saves them all.
  const { registerFlush, flushAll } = useFlushRegistry();

  const { done, total } = cycle.progress;
  const categories = cycle.frameworkVersion.categories.filter((c) => c.norms.length > 0);
  const norms = categories.flatMap((c) => c.norms);
  const unscored = norms.filter((n) => !scored.has(n.code));

  // "Next" is counted from the norm the person was last in, so a norm skipped on purpose does not come back
  // on every press; after the last norm it starts again at the top.
  const lastNorm = useRef<string | null>(null);
  const noteNorm = (event: FocusEvent<HTMLDivElement>) => {
    const id = (event.target as Element).closest<HTMLElement>('fieldset[data-norm-id]')?.dataset.normId;
    if (id) lastNorm.current = id;
  };
  const nextUnscored = () => {
    const from = norms.findIndex((n) => n.id === lastNorm.current);
    const next = [...norms.slice(from + 1), ...norms.slice(0, from + 1)].find((n) => !scored.has(n.code));
    if (next) goToNorm(next.id);
  };

  return (
    <div className="self-evaluation" onFocus={noteNorm}>
      <div className="self-evaluation__head">
        <ProgressMeter
          testId="progress"
          value={done}
          max={total}
          label={t('selfEvaluation.progressLabel')}
          text={t('selfEvaluation.progress', { done, total })}
        />
        {!readOnly &&
          norms.length > 0 &&
          (unscored.length > 0 ? (
            <Button variant="secondary" className="self-evaluation__next" onClick={nextUnscored} data-testid="next-unscored">
              {t('selfEvaluation.nextUnscored')}
            </Button>
          ) : (
            <p className="self-evaluation__next muted">{t('selfEvaluation.allScored')}</p>
          ))}
      </div>

      {cycle.selfEvaluationLockedAt ? (
        <p className="banner banner--success" role="status" data-testid="submitted-notice">
          {t('selfEvaluation.submitted', { date: formatDateTime(cycle.selfEvaluationLockedAt, t('locale')) })}
        </p>
      ) : (
        readOnly && <p className="banner">{t('selfEvaluation.readOnly')}</p>
      )}

      {norms.some((n) => n.competencies.some((c) => c.linkPresumed)) && (
        <p className="muted competency-legend" data-testid="competency-legend">
          <span aria-hidden="true">* </span>
          {t('selfEvaluation.presumedLegend')}
        </p>
      )}

      <EvidenceCarryOver cycleId={cycle.id} readOnly={carryOverReadOnly} />

      {categories.length === 0 ? <p className="muted">{t('selfEvaluation.noNorms')}</p> : <SelfEvaluationContents categories={categories} scored={scored} />}
      {categories.map((category) => (
        <section key={category.id} className="category" aria-labelledby={`category-${category.id}`}>
          <h2 id={`category-${category.id}`}>{category.title}</h2>
          {category.norms.map((norm) => (
            <NormFieldset
              key={norm.id}
              cycleId={cycle.id}
              norm={norm}
              answer={answers.get(norm.id)}
              readOnly={readOnly}
              evidenceReadOnly={!allows(cycle, 'SELF_EVALUATION_EVIDENCE')}
              registerFlush={registerFlush}
              evidence={evidence}
              spread={spreads?.get(norm.id)}
              linksLearning={me.manage}
            />
          ))}
        </section>
      ))}

      {canSubmit && <SubmitSelfEvaluation cycleId={cycle.id} saveAll={flushAll} scored={scored} norms={norms} />}
    </div>
  );
}
