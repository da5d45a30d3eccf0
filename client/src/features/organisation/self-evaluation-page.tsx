import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { SelfEvaluationForm } from './cycle/self-evaluation-form';
import { CurrentCycle, OrgPage } from './org-page';
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
  const query = useQuery(OrganisationSelfEvaluationQuery, { variables: { id: me.organisationId } });
  return (
    <OrgPage title={t('selfEvaluation.title')} lead={o('selfEvaluation.intro')} testId="self-evaluation-page">
      <CurrentCycle
        query={query}
        cycle={query.data?.organisation.currentCycle}
        started={(cycle) => cycle.phase !== 'PREPARATION'}
        notYet={o('selfEvaluation.notYet')}
      >
        {(cycle) => <SelfEvaluationForm cycle={cycle} />}
      </CurrentCycle>
    </OrgPage>
  );
}
