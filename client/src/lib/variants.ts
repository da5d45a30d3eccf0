import type { CycleVariant } from '../gql/graphql';

/** The assessment variants in the order the screens offer them. */
export const VARIANTS = ['EXTERNAL_AUDIT', 'PEER_REVIEW', 'COMBINED'] as const satisfies readonly CycleVariant[];
