import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { EvidenceLibrary } from '../evidence/evidence-library';
import { useEvidenceTexts } from '../evidence/evidence-texts';
import { OrgPage } from './org-page';
import { useOrgUser } from './org-user';

const OrganisationEvidenceCycleQuery = graphql(`
  query OrganisationEvidenceCycle($id: ID!) {
    organisation(id: $id) {
      id
      currentCycle {
        id
      }
    }
  }
`);

/** `/evidence`: the organisation's evidence library; uploads belong to the open cycle, if any. */
export function EvidencePage() {
  const { e } = useEvidenceTexts();
  const me = useOrgUser();
  const { data } = useQuery(OrganisationEvidenceCycleQuery, { variables: { id: me.organisationId } });
  return (
    <OrgPage title={e('libraryTitle')} lead={e('libraryIntro')} testId="evidence-page">
      <EvidenceLibrary asPage cycleId={data?.organisation.currentCycle?.id} canUpload={me.contribute} />
    </OrgPage>
  );
}
