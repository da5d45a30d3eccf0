import { useQuery } from '@apollo/client/react';
import { PendingQuery } from '../../../components/ui/pending-query';
import { graphql } from '../../../gql';
import { OrgPage } from '../org-page';
import { RespondentTaskSection } from './respondent-task';
import { useRespondentTexts } from './respondents-texts';

export const MyRespondentTasksQuery = graphql(`
  query MyRespondentTasks {
    myRespondentTasks {
      invitation {
        ...RespondentInvitationFields
      }
      organisationName
      cycleId
      open
      norms {
        ...NormFields
      }
      answers {
        ...RespondentAnswerFields
      }
    }
  }
`);

/** `/respondent`: the questionnaires this person was invited to answer, newest first. */
export function RespondentPage() {
  const { r } = useRespondentTexts();
  const { data, error, loading, refetch } = useQuery(MyRespondentTasksQuery, { fetchPolicy: 'cache-and-network' });
  const tasks = data?.myRespondentTasks;
  return (
    <OrgPage title={r('task.title')} lead={r('task.lead')} testId="respondent-page">
      {!tasks ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : tasks.length === 0 ? (
        <p className="card muted" data-testid="no-tasks">
          {r('task.none')}
        </p>
      ) : (
        tasks.map((task) => <RespondentTaskSection key={task.invitation.id} task={task} />)
      )}
    </OrgPage>
  );
}
