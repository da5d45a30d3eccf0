import { graphql } from '../gql';

/** A framework version's decision tree, whole: the organisation answers it, the sector body reads and edits it. */
export const VariantGuideFieldsFragmentDoc = graphql(`
  fragment VariantGuideFields on VariantGuide {
    placeholder
    start
    questions {
      key
      text
      help
      options {
        key
        label
        next
        variant
        wholeOrganisation
      }
    }
  }
`);
