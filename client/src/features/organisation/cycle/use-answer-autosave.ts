import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { AnswerFieldsFragment, NormScore } from '../../../gql/graphql';
import { addToCachedList } from '../../../lib/add-to-cached-list';
import { newClientMutationId } from '../../../lib/client-mutation-id';
import { combineTexts } from '../../../lib/revision-conflict';
import { savedCode, savedText, useRevisionAutosave, type AutosaveConflict } from '../../../lib/use-revision-autosave';
import { refreshProgress } from './refresh-progress';

export type { SaveStatus } from '../../../lib/use-revision-autosave';

const SaveAnswerMutation = graphql(`
  mutation SaveSelfEvaluationAnswer($input: SaveSelfEvaluationAnswerInput!) {
    saveSelfEvaluationAnswer(input: $input) {
      ...AnswerFields
    }
  }
`);

/** The server's limit per text field. */
export const ANSWER_TEXT_MAX = 10_000;

export type AnswerValues = {
  score: NormScore | null;
  goesWell: string;
  toImprove: string;
  explanation: string;
};
export type AnswerField = keyof AnswerValues;
export type AnswerConflict = AutosaveConflict<AnswerValues>;

export const ANSWER_FIELDS: readonly AnswerField[] = ['score', 'goesWell', 'toImprove', 'explanation'];

function answerValues(answer: object | null | undefined): AnswerValues {
  return {
    score: savedCode<NormScore>(answer, 'score'),
    goesWell: savedText(answer, 'goesWell'),
    toImprove: savedText(answer, 'toImprove'),
    explanation: savedText(answer, 'explanation'),
  };
}

/** The score cannot be combined: this person's stays, and is theirs to change. */
function combineAnswers(mine: AnswerValues, theirs: AnswerValues): AnswerValues {
  return {
    score: mine.score ?? theirs.score,
    goesWell: combineTexts(mine.goesWell, theirs.goesWell),
    toImprove: combineTexts(mine.toImprove, theirs.toImprove),
    explanation: combineTexts(mine.explanation, theirs.explanation),
  };
}

interface Options {
  cycleId: string;
  normId: string;
  answer: AnswerFieldsFragment | undefined;
}

/**
 * Autosave for one norm of the self-evaluation (useRevisionAutosave). Several people of the organisation
 * answer the same norms: the page's polling brings their saves, and the server refuses a save from an
 * older revision with CONFLICT.
 */
export function useAnswerAutosave({ cycleId, normId, answer }: Options) {
  const client = useApolloClient();
  const send = useCallback(
    async (sent: Partial<AnswerValues>, expectedRevision: number) => {
      const { data } = await client.mutate({
        mutation: SaveAnswerMutation,
        variables: { input: { clientMutationId: newClientMutationId(), cycleId, normId, expectedRevision, ...sent } },
        // A first answer on a norm is new to the cycle's list.
        update(cache, { data: result }) {
          const saved = result?.saveSelfEvaluationAnswer;
          if (saved) addToCachedList(cache, { __typename: 'Cycle', id: cycleId }, 'selfEvaluationAnswers', { __typename: 'SelfEvaluationAnswer', id: saved.id });
        },
      });
      // A changed score moves the progress bar; ask the server, which knows what is in scope.
      if (sent.score !== undefined) refreshProgress(client, cycleId);
      return data!.saveSelfEvaluationAnswer.revision;
    },
    [client, cycleId, normId],
  );
  return useRevisionAutosave<AnswerValues, AnswerFieldsFragment>({
    saved: answer,
    fields: ANSWER_FIELDS,
    toValues: answerValues,
    changedBy: (saved) => saved.updatedByName,
    immediate: 'score',
    combine: combineAnswers,
    send,
  });
}
