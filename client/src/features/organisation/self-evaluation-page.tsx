import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { SelfEvaluationForm } from '../cycle/self-evaluation-form';
import { NoCurrentCycle, NotYet, OrgPage, PendingQuery } from './org-page';
import { useOrgUser } from './org-user';
import { useOrgTexts } from './organisation-texts';

const OrganisationSelfEvaluationQuery = graphql(`
  query OrganisationSelfEvaluation($id: ID!) {
    organisation(id: $id) {
      id
      currentCycle {
        id
        ...SelfEvaluation
      }
    }
  }
`);

/** `/self-evaluation`: every norm in scope by category, with autosave and evidence. */
export function SelfEvaluationPage() {
  const { o, t } = useOrgTexts();
  const me = useOrgUser();
  const { data, loading, error, refetch } = useQuery(OrganisationSelfEvaluationQuery, { variables: { id: me.organisationId } });
  const cycle = data?.organisation.currentCycle;
  let body;
  if (!data) body = <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />;
  else if (!cycle) body = <NoCurrentCycle />;
  else if (cycle.phase === 'PREPARATION') body = <NotYet text={o('selfEvaluation.notYet')} />;
  else body = <SelfEvaluationForm cycle={cycle} canAnswer={me.contribute} canSubmit={me.manage} />;
  return (
    <OrgPage title={t('selfEvaluation.title')} lead={o('selfEvaluation.intro')} testId="self-evaluation-page">
      {body}
    </OrgPage>
  );
}
