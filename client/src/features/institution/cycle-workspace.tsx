import { useQuery } from '@apollo/client/react';
import { Link, Redirect } from 'wouter';
import type { SessionUserFragment } from '../../gql/graphql';
import { InstitutionCycleQuery } from './cycle-header';
import { CycleFacts } from './cycle-facts';
import { EngagementSection } from './engagement-section';
import { FindingsSection } from './findings-section';
import { InstitutionPage, Pending } from './institution-page';
import { useInstitutionTexts } from './institution-texts';
import { isSection, rightsOf, sectionOfStep, type Section } from './rights';
import { PeerReportsSection } from './peer-reports-section';
// The organisation's own words for its learning, read here as its auditors may: aggregates only.
import { LearningDashboardCard } from '../organisation/learning/learning-dashboard-card';
import { PlanSection } from './plan-section';
import { ProgrammeSection } from './programme-section';
import { ReportsSection } from './reports-section';
import { SchedulingSection } from './scheduling-section';
import { SectionTabs } from './section-tabs';
import type { SectionProps } from './section-props';

const SECTION_VIEWS: Record<Section, (props: SectionProps) => React.JSX.Element> = {
  engagement: EngagementSection,
  scheduling: SchedulingSection,
  programme: ProgrammeSection,
  findings: FindingsSection,
  reports: ReportsSection,
  plan: PlanSection,
};

interface CycleWorkspaceProps {
  cycleId: string;
  section: string | undefined;
  user: SessionUserFragment;
}

/**
 * One cycle as the institution works on it: where it stands, then one section of the external audit at a
 * time. Without a section in the address it opens the one of the cycle's current step.
 */
export function CycleWorkspace({ cycleId, section, user }: CycleWorkspaceProps) {
  const { i } = useInstitutionTexts();
  const { data, error, refetch } = useQuery(InstitutionCycleQuery, {
    variables: { id: cycleId },
    // Opening a cycle shows the cached state at once and then what the organisation did since.
    fetchPolicy: 'cache-and-network',
  });
  const cycle = data?.cycle;
  const back = (
    <p className="inst-back">
      <Link href="/">{i('workspace.toInbox')}</Link>
    </p>
  );

  if (!cycle) {
    return (
      <InstitutionPage title={i('inbox.title')} before={back}>
        <Pending error={error} onRetry={() => void refetch()} />
      </InstitutionPage>
    );
  }
  if (!isSection(section)) return <Redirect to={`/cycles/${cycleId}/${sectionOfStep(cycle.step)}`} replace />;

  const rights = rightsOf(user, cycle);
  const View = SECTION_VIEWS[section];
  const sectionTitle = i(`section.${section}`);
  return (
    <InstitutionPage
      title={cycle.organisation.name}
      documentTitle={`${sectionTitle} · ${cycle.organisation.name}`}
      lead={cycle.organisation.place}
      before={back}
      testId="institution-cycle"
    >
      {/* Keyed by tab, so each tab opens with its own folding rather than the last tab's. */}
      <CycleFacts key={section} cycle={cycle} part={rights.part} unfolded={section === sectionOfStep(cycle.step)} />
      {/* The API gives the learning reports to the cycle's two auditors only: the card is theirs. */}
      {cycle.variant === 'COMBINED' && (rights.part === 'LEAD' || rights.part === 'CO') && <PeerReportsSection cycleId={cycleId} />}
      {/* The API gives the learning dashboard to the cycle's two auditors of an external or combined audit only. */}
      {cycle.variant !== 'PEER_REVIEW' && (rights.part === 'LEAD' || rights.part === 'CO') && <LearningDashboardCard of={{ cycleId }} />}
      <SectionTabs cycleId={cycleId} current={section} rights={rights} />
      <section className="inst-section" aria-labelledby="section-title" data-testid={`section-${section}`}>
        <h2 id="section-title">{sectionTitle}</h2>
        <View cycle={cycle} rights={rights} />
      </section>
    </InstitutionPage>
  );
}
