import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { SelfEvaluationFragment } from '../../gql/graphql';
import { SelfEvaluationDelegates } from './cycle/self-evaluation-delegates';
import { SelfEvaluationForm } from './cycle/self-evaluation-form';
import { CurrentCycle, OrgPage } from './org-page';
import { useOrgUser } from './org-user';
import { useOrgTexts } from './organisation-texts';
import { RespondentsPanel } from './respondents/respondents-panel';
import { useNormSpreads } from './respondents/use-norm-spreads';
import { SelfEvaluationExport } from './self-evaluation-export';

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
      <SelfEvaluationExport cycle={query.data?.organisation.currentCycle} />
      <CurrentCycle
        query={query}
        cycle={query.data?.organisation.currentCycle}
        started={(cycle) => cycle.phase !== 'PREPARATION'}
        notYet={o('selfEvaluation.notYet')}
      >
        {(cycle) => (
          <>
            <SelfEvaluationDelegates cycleId={cycle.id} />
            {me.manage ? <WithRespondents cycle={cycle} /> : <SelfEvaluationForm cycle={cycle} />}
          </>
        )}
      </CurrentCycle>
    </OrgPage>
  );
}

/** The quality officer's page: the respondents, and at each norm what they answered. */
function WithRespondents({ cycle }: { cycle: SelfEvaluationFragment }) {
  const { byNorm } = useNormSpreads(cycle.id, false);
  return (
    <>
      <RespondentsPanel cycle={cycle} />
      <SelfEvaluationForm cycle={cycle} spreads={byNorm} />
    </>
  );
}
