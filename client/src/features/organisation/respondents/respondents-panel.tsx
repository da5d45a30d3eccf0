import { useQuery } from '@apollo/client/react';
import { LoadMore } from '../../../components/ui/load-more';
import { PendingQuery } from '../../../components/ui/pending-query';
import { graphql } from '../../../gql';
import type { SelfEvaluationFragment } from '../../../gql/graphql';
import { nextPage } from '../../../lib/next-page';
import { allows } from '../../../lib/viewer-can';
import { useOrgUser } from '../org-user';
import { InviteRespondentsForm } from './invite-respondents-form';
import { RespondentInvitationsTable } from './respondent-invitations-table';
import { useRespondentTexts } from './respondents-texts';

/** One page of invitations: enough to see at a glance, the rest a click away. */
const PAGE_SIZE = 20;

const RespondentsPanelQuery = graphql(`
  query RespondentsPanel($organisationId: ID!, $cycleId: ID!, $first: Int!, $after: String) {
    organisation(id: $organisationId) {
      id
      members {
        id
        name
        role
      }
    }
    respondentInvitations(cycleId: $cycleId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RespondentInvitationFields
      }
    }
  }
`);

/**
 * The quality officer's respondents on the self-evaluation page: invite people of the organisation, each
 * with the layer they answer from, and follow how far each invitation is. What they answered shows at the
 * norms below (NormSpread).
 */
export function RespondentsPanel({ cycle }: { cycle: SelfEvaluationFragment }) {
  const { r } = useRespondentTexts();
  const me = useOrgUser();
  const { data, error, loading, refetch, fetchMore } = useQuery(RespondentsPanelQuery, {
    variables: { organisationId: me.organisationId, cycleId: cycle.id, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  // Inviting is open while the answers are (the server's same guard).
  const canInvite = allows(cycle, 'SELF_EVALUATION_ANSWERS') && !cycle.selfEvaluationLockedAt;
  const invitations = data?.respondentInvitations;
  return (
    <section className="card stack" aria-labelledby="respondents-title" data-testid="respondents-panel">
      <div>
        <h2 id="respondents-title">{r('panel.title')}</h2>
        <p className="muted">{r('panel.intro')}</p>
      </div>
      {!data || !invitations ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : (
        <>
          {canInvite ? (
            <InviteRespondentsForm
              cycleId={cycle.id}
              members={data.organisation.members}
              invited={new Set(invitations.nodes.map((i) => i.respondent.id))}
              categories={cycle.frameworkVersion.categories.filter((c) => c.norms.length > 0)}
            />
          ) : (
            <p className="muted">{r('panel.closed')}</p>
          )}
          <RespondentInvitationsTable invitations={invitations.nodes} totalCount={invitations.totalCount} />
          <LoadMore onLoad={nextPage(data, fetchMore, 'respondentInvitations')} busy={loading} label={r('list.more')} className="actions" />
        </>
      )}
    </section>
  );
}
