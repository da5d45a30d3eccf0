import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { NormSpreadFieldsFragment } from '../../../gql/graphql';
import { SelfEvaluationSpreadQuery } from './respondent-fragments';

/**
 * What the respondents answered, by norm, for a page that shows it at each norm: the quality officer's
 * self-evaluation, the respondent's page after submitting. `skip` for anyone the server would refuse.
 */
export function useNormSpreads(cycleId: string, skip: boolean) {
  const { data } = useQuery(SelfEvaluationSpreadQuery, { variables: { cycleId }, skip, fetchPolicy: 'cache-and-network' });
  const spread = data?.selfEvaluationSpread;
  const byNorm = useMemo(() => new Map<string, NormSpreadFieldsFragment>((spread?.norms ?? []).map((n) => [n.normId, n])), [spread]);
  return { spread, byNorm };
}
