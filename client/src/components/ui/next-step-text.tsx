import { useTranslation } from 'react-i18next';
import type { CycleTask, NextStepActor, WaitingParty } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/format';
import { DaysLeft } from './deadline';

/** The server's answer to "who acts next?" (Cycle.nextStep), as much of it as this line shows. */
export interface NextStepFacts {
  party: WaitingParty;
  actor: NextStepActor;
  task: CycleTask;
  dueAt?: string | null;
  dueOn?: string | null;
  overdue: boolean;
  openActions: number;
  overdueActions: number;
}

/**
 * "u: de zelfevaluatie invullen en indienen, uiterlijk 26 februari 2027": who acts next on a cycle, told
 * from the reader's side (their own party is "u"), with the deadline or the open actions. The answer is
 * the server's; this only words it.
 */
export function NextStepText({ step }: { step: NextStepFacts }) {
  const { t, i18n } = useTranslation();
  const locale = t('locale');
  if (step.actor === 'NOBODY') return <>{t(step.task === 'ENDED' ? 'nextStep.ended' : 'nextStep.nobody')}</>;
  const who = step.actor === 'YOU' ? t('nextStep.you') : t(`party.${step.party}`);
  // The line starts with the actor, so it starts with a capital in either language.
  const capitalised = who.charAt(0).toLocaleUpperCase(i18n.language) + who.slice(1);
  const task = t(`nextStep.task.${step.task}`);
  if (step.task === 'TRACK_ACTIONS' && step.dueOn) {
    const line = t('nextStep.actions', { who: capitalised, task, count: step.openActions, date: formatDate(step.dueOn, locale) });
    return (
      <>
        {line} <DaysLeft due={step.dueOn} overdue={step.overdueActions > 0} />
        {step.overdueActions > 0 && <> · {t('nextStep.actionsOverdue', { overdue: step.overdueActions })}</>}
      </>
    );
  }
  if (step.dueAt) {
    return (
      <>
        {t('nextStep.until', { who: capitalised, task, date: formatDateTime(step.dueAt, locale) })} <DaysLeft due={step.dueAt} overdue={step.overdue} />
      </>
    );
  }
  return <>{t('nextStep.who', { who: capitalised, task })}</>;
}
