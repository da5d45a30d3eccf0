import { useTranslation } from 'react-i18next';
import { EditConflict } from '../../../components/ui/edit-conflict';
import type { NormScore } from '../../../gql/graphql';
import { conflictFields, type AutosaveConflict, type AutosaveValues } from '../../../lib/use-revision-autosave';

/** The fields of an answer on a norm, as the self-evaluation names them. */
type AnswerFieldName = 'score' | 'goesWell' | 'toImprove' | 'explanation';

interface AnswerConflictProps<V extends AutosaveValues> {
  conflict: AutosaveConflict<V>;
  values: V;
  fields: readonly (keyof V & AnswerFieldName)[];
  resolve(how: 'theirs' | 'mine' | 'combine'): void;
}

/** EditConflict for an autosaved answer on a norm: the differing fields by their labels, the score in words. */
export function AnswerConflict<V extends AutosaveValues>({ conflict, values, fields, resolve }: AnswerConflictProps<V>) {
  const { t } = useTranslation();
  return (
    <EditConflict
      changedBy={conflict.changedBy}
      changedAt={conflict.changedAt}
      fields={conflictFields(
        conflict,
        values,
        fields,
        (field) => t(`selfEvaluation.${field as AnswerFieldName}`),
        (field, value) => (field === 'score' ? t(`score.${value as NormScore}`) : value),
      )}
      onKeepTheirs={() => resolve('theirs')}
      onKeepMine={() => resolve('mine')}
      onCombine={() => resolve('combine')}
    />
  );
}
