import { zodResolver } from '@hookform/resolvers/zod';
import { useApolloClient } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from '../../../lib/form-schema';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { ActionStatus, OrganisationImprovementActionFragment } from '../../../gql/graphql';
import { formatDate, formatTimeAgo } from '../../../lib/format';
import { revisionConflict } from '../../../lib/revision-conflict';
import { useCommand } from '../../../lib/use-command';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useFormRevision } from '../../../lib/use-form-revision';
import type { CycleEvidence } from '../../evidence/cycle-evidence';
import { LinkedEvidence } from '../../evidence/linked-evidence';
import { useEvidenceTexts } from '../../evidence/evidence-texts';
import { useOrgTexts } from '../organisation-texts';
import { ProposeThemeButton } from '../learning/propose-theme-button';

const OrganisationDeleteImprovementActionMutation = graphql(`
  mutation OrganisationDeleteImprovementAction($input: DeleteImprovementActionInput!) {
    deleteImprovementAction(input: $input)
  }
`);

const OrganisationUpdateImprovementActionMutation = graphql(`
  mutation OrganisationUpdateImprovementAction($input: UpdateImprovementActionInput!) {
    updateImprovementAction(input: $input) {
      id
      status
      progressNote
      updatedAt
      updatedByName
      revision
    }
  }
`);

interface ActionCardProps {
  cycleId: string;
  action: OrganisationImprovementActionFragment;
  canDraft: boolean;
  canTrack: boolean;
  /** The cycle's evidence links and library; null while loading. */
  evidence: CycleEvidence | null;
  /** The plan takes evidence now (drafted or tracked) and this user may link it; not once the action is done. */
  canLink: boolean;
  onEdit(action: OrganisationImprovementActionFragment): void;
  editing: boolean;
}

export function ActionCard({ cycleId, action, canDraft, canTrack, evidence, canLink, onEdit, editing }: ActionCardProps) {
  const { o, locale } = useOrgTexts();
  const titleId = useId();
  return (
    <article className={`action-card${editing ? ' action-card--editing' : ''}`} aria-labelledby={titleId} data-testid="action-card" data-action-id={action.id}>
      <h4 id={titleId} className="action-card__title pre-wrap">
        {action.what}
      </h4>
      <dl className="action-card__facts">
        <dt>{o('plan.norm')}</dt>
        <dd>{action.normCode ?? o('plan.general')}</dd>
        <dt>{o('plan.ownerShort')}</dt>
        <dd>{action.owner}</dd>
        <dt>{o('plan.dueShort')}</dt>
        <dd>{formatDate(action.dueDate, locale)}</dd>
        <dt>{o('plan.indicatorShort')}</dt>
        <dd className="pre-wrap">{action.successIndicator}</dd>
        {action.progressNote && (
          <>
            <dt>{o('plan.progressNote')}</dt>
            <dd className="pre-wrap">{action.progressNote}</dd>
          </>
        )}
      </dl>
      {action.carriedOver && <span className="tag">{o('plan.carriedOverTag')}</span>}
      <ProposeThemeButton source={{ improvementActionId: action.id }} label={action.what} />
      {evidence && <ActionEvidence cycleId={cycleId} actionId={action.id} evidence={evidence} readOnly={!canLink || action.status === 'DONE'} />}
      {canDraft && <DraftActions action={action} onEdit={onEdit} />}
      {canTrack && action.status !== 'DONE' && <TrackAction action={action} />}
    </article>
  );
}

/** The action's evidence, folded away on the card: how it was done, for the auditor and the sector body. */
function ActionEvidence({ cycleId, actionId, evidence, readOnly }: { cycleId: string; actionId: string; evidence: CycleEvidence; readOnly: boolean }) {
  const { e } = useEvidenceTexts();
  const target = { improvementActionId: actionId };
  const count = evidence.linksOf(target).length;
  if (readOnly && count === 0) return null;
  return (
    <details className="action-card__evidence">
      <summary>{e('actionEvidenceSummary', { count })}</summary>
      <LinkedEvidence cycleId={cycleId} target={target} evidence={evidence} readOnly={readOnly} headingLevel={5} />
    </details>
  );
}

/** Change or delete while drafting; deleting asks once more, on the card itself. */
function DraftActions({ action, onEdit }: { action: OrganisationImprovementActionFragment; onEdit(a: OrganisationImprovementActionFragment): void }) {
  const { o, t, locale, errorText } = useOrgTexts();
  const [confirming, setConfirming] = useState(false);
  const client = useApolloClient();
  const remove = useCommand(OrganisationDeleteImprovementActionMutation, { refetchQueries: ['OrganisationImprovementPlanPage'] });
  const conflict = revisionConflict(remove.refusal);
  const confirmDelete = async () => {
    const deleted = await remove.run({ input: { actionId: action.id, expectedRevision: action.revision } });
    // Refused because someone changed the action since it was shown: show it as it now stands, so a second
    // "yes" is about what will really be deleted.
    if (!deleted) await client.refetchQueries({ include: ['OrganisationImprovementPlanPage'] });
  };
  const short = action.what.length > 40 ? `${action.what.slice(0, 40)}…` : action.what;
  return (
    <div className="action-card__tools">
      {confirming ? (
        <div className="actions">
          <p className="action-card__confirm">{o('plan.confirmDelete', { what: short })}</p>
          <Button
            busy={remove.pending}
            onClick={() => void confirmDelete()}
          >
            {o('plan.deleteYes')}
          </Button>
          {/* The delete button is gone: focus lands on the safe answer, not on the page's top. */}
          <Button variant="secondary" autoFocus onClick={() => setConfirming(false)}>
            {o('plan.deleteNo')}
          </Button>
        </div>
      ) : (
        <div className="actions">
          <Button variant="secondary" aria-label={o('plan.editLabel', { what: short })} onClick={() => onEdit(action)}>
            {o('plan.edit')}
          </Button>
          <Button variant="secondary" aria-label={o('plan.deleteLabel', { what: short })} onClick={() => setConfirming(true)}>
            {o('plan.delete')}
          </Button>
        </div>
      )}
      {conflict ? (
        <p className="action-card__confirm" role="alert">
          {o('plan.deleteChanged', {
            name: conflict.changedBy ?? t('conflict.someone'),
            when: conflict.changedAt ? formatTimeAgo(conflict.changedAt, locale) : '',
          })}
        </p>
      ) : (
        remove.refusal && <Refusal refusal={remove.refusal} text={errorText} />
      )}
    </div>
  );
}

const NEXT: Record<ActionStatus, readonly ActionStatus[]> = { OPEN: ['IN_PROGRESS', 'DONE'], IN_PROGRESS: ['DONE'], DONE: [] };

// Which step forward is allowed is the server's rule; the list only offers the next ones.
const trackSchema = z.object({ status: z.custom<ActionStatus>(), progressNote: z.string() });
type TrackValues = z.infer<typeof trackSchema>;

/** After acceptance: move the action forward (never back) with a note on how it goes. */
function TrackAction({ action }: { action: OrganisationImprovementActionFragment }) {
  const { o, errorText } = useOrgTexts();
  const id = useId();
  const update = useCommand(OrganisationUpdateImprovementActionMutation);
  const form = useForm<TrackValues>({
    resolver: zodResolver(trackSchema),
    defaultValues: { status: NEXT[action.status][0] ?? action.status, progressNote: action.progressNote },
  });
  const fields = { status: `${id}-status`, progressNote: `${id}-note` };
  const revision = useFormRevision({
    form,
    refusal: update.refusal,
    reset: update.reset,
    initial: action.revision,
    resubmit: () => void onSubmit(),
    fields: [
      { name: 'status', label: o('plan.newStatus') },
      { name: 'progressNote', label: o('plan.progressNote'), text: true },
    ],
  });
  const errors = useFormErrors({ form, refusal: revision.refusal, prefix: `track-${action.id}`, fields, text: errorText });

  const onSubmit = form.handleSubmit(async (values) => {
    const saved = await update.run({ input: { actionId: action.id, ...values, expectedRevision: revision.expectedRevision() } });
    if (saved) revision.startFrom(saved.updateImprovementAction.revision);
  }, update.reset);

  return (
    <details className="action-card__track">
      <summary>{o('plan.track')}</summary>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        {errors.summary}
        {revision.conflict}
        <Field id={fields.status} label={o('plan.newStatus')} {...errors.field('status')}>
          <select {...form.register('status')}>
            {NEXT[action.status].map((s) => (
              <option key={s} value={s}>
                {o(`actionStatus.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={fields.progressNote} label={o('plan.progressNote')} {...errors.field('progressNote')}>
          <textarea rows={2} maxLength={10_000} {...form.register('progressNote')} />
        </Field>
        <div className="actions">
          <Button type="submit" busy={update.pending} busyLabel={o('saving')}>
            {o('plan.saveProgress')}
          </Button>
        </div>
      </form>
    </details>
  );
}
