import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { NormScore, RespondentAnswerFieldsFragment } from '../../../gql/graphql';
import { addToCachedList } from '../../../lib/add-to-cached-list';
import { newClientMutationId } from '../../../lib/client-mutation-id';
import { combineTexts } from '../../../lib/revision-conflict';
import { savedCode, savedText, useRevisionAutosave, type AutosaveConflict } from '../../../lib/use-revision-autosave';

export const RespondentAnswerFieldsFragmentDoc = graphql(`
  fragment RespondentAnswerFields on RespondentAnswer {
    id
    invitationId
    normId
    goesWell
    toImprove
    score
    revision
    updatedAt
  }
`);

const SaveRespondentAnswerMutation = graphql(`
  mutation SaveRespondentAnswer($input: SaveRespondentAnswerInput!) {
    saveRespondentAnswer(input: $input) {
      ...RespondentAnswerFields
    }
  }
`);

// "What goes well" first, then "what can improve", then the score: the order the respondent is asked in.
export type RespondentValues = { goesWell: string; toImprove: string; score: NormScore | null };
export const RESPONDENT_FIELDS: readonly (keyof RespondentValues)[] = ['goesWell', 'toImprove', 'score'];
export type RespondentConflict = AutosaveConflict<RespondentValues>;

function respondentValues(answer: object | null | undefined): RespondentValues {
  return { goesWell: savedText(answer, 'goesWell'), toImprove: savedText(answer, 'toImprove'), score: savedCode<NormScore>(answer, 'score') };
}

/** The score cannot be combined: this version's stays. */
function combineRespondentValues(mine: RespondentValues, theirs: RespondentValues): RespondentValues {
  return { goesWell: combineTexts(mine.goesWell, theirs.goesWell), toImprove: combineTexts(mine.toImprove, theirs.toImprove), score: mine.score ?? theirs.score };
}

/**
 * Autosave for one norm of a respondent's questionnaire (useRevisionAutosave). Only the respondent writes
 * it, but in two tabs or on two devices a save can still start from an older revision: the server refuses
 * it with CONFLICT and the person chooses, as on the self-evaluation.
 */
export function useRespondentAnswerAutosave({ invitationId, normId, answer }: { invitationId: string; normId: string; answer: RespondentAnswerFieldsFragment | undefined }) {
  const client = useApolloClient();
  const send = useCallback(
    async (sent: Partial<RespondentValues>, expectedRevision: number) => {
      const { data } = await client.mutate({
        mutation: SaveRespondentAnswerMutation,
        variables: { input: { clientMutationId: newClientMutationId(), invitationId, normId, expectedRevision, ...sent } },
        // A first answer on a norm is new to the task's list: the progress counts it, and a remount shows it.
        update(cache, { data: result }) {
          const saved = result?.saveRespondentAnswer;
          const task = { __typename: 'RespondentTask', invitation: { __typename: 'RespondentInvitation', id: invitationId } };
          if (saved) addToCachedList(cache, task, 'answers', { __typename: 'RespondentAnswer', id: saved.id });
        },
      });
      return data!.saveRespondentAnswer.revision;
    },
    [client, invitationId, normId],
  );
  return useRevisionAutosave<RespondentValues, RespondentAnswerFieldsFragment>({
    saved: answer,
    fields: RESPONDENT_FIELDS,
    toValues: respondentValues,
    // The respondent is the only one who writes here.
    changedBy: () => null,
    immediate: 'score',
    combine: combineRespondentValues,
    send,
  });
}
