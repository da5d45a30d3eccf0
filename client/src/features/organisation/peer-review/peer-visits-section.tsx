import { useState } from 'react';
import { Link } from 'wouter';
import { Button } from '../../../components/ui/button';
import { ConfirmStep, useConfirmStep } from '../../../components/ui/confirm-step';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { OrgPeerReviewQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { useCommand } from '../../../lib/use-command';
import { useOrgUser } from '../org-user';
import { useLearningReportTexts } from './learning-report-texts';
import { usePeerReviewTexts } from './peer-review-texts';
import { PeerVisitForm } from './peer-visit-form';

type Group = OrgPeerReviewQuery['peerGroups']['nodes'][number];

const PlanMutation = graphql(`
  mutation OrgPlanPeerVisit($input: PlanPeerVisitInput!) {
    planPeerVisit(input: $input) {
      id
      status
    }
  }
`);

const ReplanMutation = graphql(`
  mutation OrgReplanPeerVisit($input: ReplanPeerVisitInput!) {
    replanPeerVisit(input: $input) {
      id
      date
      status
    }
  }
`);

const ConfirmMutation = graphql(`
  mutation OrgConfirmPeerVisit($input: ConfirmPeerVisitInput!) {
    confirmPeerVisit(input: $input) {
      id
      status
    }
  }
`);

/**
 * The visits of the organisation's formed group: who visits whom and when, a form for the quality officer to
 * plan the visit of a member not yet planned or to re-plan a visit not yet confirmed (any member's quality
 * officer may, as the server allows), and the confirmation of the organisation's own visit.
 */
export function PeerVisitsSection({ group }: { group: Group }) {
  const { p, locale } = usePeerReviewTexts();
  const { r } = useLearningReportTexts();
  const orgUser = useOrgUser();
  const plan = useCommand(PlanMutation, { refetchQueries: ['OrgPeerReview'] });
  const replan = useCommand(ReplanMutation, { refetchQueries: ['OrgPeerReview'] });
  const confirm = useCommand(ConfirmMutation, { refetchQueries: ['OrgPeerReview'] });
  const check = useConfirmStep();
  const [replanning, setReplanning] = useState<string | null>(null);
  const unplanned = group.members.filter((m) => !group.visits.some((v) => v.visitedOrganisationId === m.organisationId));
  const moving = group.visits.find((v) => v.id === replanning && v.status === 'PLANNED');
  const own = group.visits.find((v) => v.visitedOrganisationId === orgUser.organisationId && v.status === 'PLANNED');

  function startReplan(id: string | null) {
    replan.setRefusal(null);
    setReplanning(id);
  }

  return (
    <section className="card" aria-labelledby="peer-visits" data-testid="peer-visits">
      <h2 id="peer-visits">{p('visits.heading')}</h2>
      {group.visits.length === 0 ? (
        <p className="muted">{p('visits.none')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{p('visits.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{p('visits.visited')}</th>
              <th scope="col">{p('visits.date')}</th>
              <th scope="col">{p('visits.pair')}</th>
              <th scope="col">{p('visits.status.label')}</th>
              <th scope="col">{r('status.label')}</th>
              {orgUser.manage && (
                <th scope="col">
                  <span className="visually-hidden">{p('visits.replan.column')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {group.visits.map((v) => (
              <tr key={v.id} data-testid="peer-visit">
                <td>{v.visitedOrganisationName}</td>
                <td>{formatDate(v.date, locale)}</td>
                <td>{v.auditors.map((a) => p('visits.auditorOption', { name: a.name, organisation: a.organisationName })).join('; ')}</td>
                <td>{p(`visits.status.${v.status}`)}</td>
                <td>
                  {r(`status.${v.learningReportStatus}`)}
                  {/* The organisation reads its own report once issued, another member's once shared (as the server allows). */}
                  {((v.visitedOrganisationId === orgUser.organisationId && v.learningReportStatus !== 'DRAFT') || v.learningReportShared) && (
                    <>
                      {' '}
                      <Link href={`/peer-review/reports/${v.id}`} aria-label={r('openReportLabel', { name: v.visitedOrganisationName })}>
                        {r('openReport')}
                      </Link>
                    </>
                  )}
                </td>
                {orgUser.manage && (
                  <td>
                    {v.status === 'PLANNED' && (
                      <Button variant="secondary" onClick={() => startReplan(v.id)} aria-label={p('visits.replan.open', { name: v.visitedOrganisationName })}>
                        {p('visits.replan.start')}
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {orgUser.manage && moving && (
        <PeerVisitForm
          key={moving.id}
          group={group}
          idPrefix="replan"
          testId="peer-visit-replan"
          heading={p('visits.replan.heading', { name: moving.visitedOrganisationName })}
          submitLabel={p('visits.replan.submit')}
          busyLabel={p('visits.replan.busy')}
          visitable={[{ organisationId: moving.visitedOrganisationId, organisationName: moving.visitedOrganisationName }]}
          pickOrganisation={false}
          initial={{ date: moving.date, peerAuditorIds: moving.auditors.map((a) => a.id) }}
          command={replan}
          onSubmit={async ({ date, peerAuditorIds }) => {
            const done = await replan.run({ input: { peerVisitId: moving.id, date, peerAuditorIds } });
            if (done) setReplanning(null);
            return Boolean(done);
          }}
        >
          <Button variant="secondary" onClick={() => startReplan(null)}>
            {p('visits.replan.cancel')}
          </Button>
        </PeerVisitForm>
      )}
      {own && orgUser.manage && (
        <div data-testid="peer-visit-confirm">
          {confirm.refusal && <Refusal refusal={confirm.refusal} />}
          <ConfirmStep
            step={check}
            answers={formatDate(own.date, locale)}
            effect={p('visits.confirmEffect')}
            told={p('visits.confirmTold')}
            busy={confirm.pending}
            busyLabel={p('visits.confirmBusy')}
          >
            <div className="actions">
              <Button onClick={() => check.ask(() => confirm.run({ input: { peerVisitId: own.id } }))}>{p('visits.confirm', { date: formatDate(own.date, locale) })}</Button>
            </div>
          </ConfirmStep>
        </div>
      )}
      {orgUser.manage && unplanned.length > 0 && (
        <PeerVisitForm
          group={group}
          idPrefix="visit"
          testId="peer-visit-plan"
          heading={p('visits.plan.heading')}
          submitLabel={p('visits.plan.submit')}
          busyLabel={p('visits.plan.busy')}
          visitable={unplanned}
          pickOrganisation
          command={plan}
          onSubmit={async ({ organisationId, date, peerAuditorIds }) =>
            Boolean(await plan.run({ input: { peerGroupId: group.id, organisationId, date, peerAuditorIds } }))
          }
        />
      )}
    </section>
  );
}
