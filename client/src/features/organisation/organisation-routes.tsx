import { useMemo } from 'react';
import { Link, Route, Switch } from 'wouter';
import type { SessionUserFragment } from '../../gql/graphql';
import { NotificationsPage } from '../notifications/notifications-page';
import { EvidencePage } from './evidence-page';
import { ExternalAuditPage } from './external-audit/external-audit-page';
import { ImprovementPlanPage } from './improvement-plan/improvement-plan-page';
import { InternalAuditsPage } from './internal-audits/internal-audits-page';
import { useOrgTexts } from './organisation-texts';
import { OrgPage } from './org-page';
import { OrgUserContext, orgUserOf } from './org-user';
import { LearningOverviewPage } from './learning/learning-overview-page';
import { LearningGoalsPage } from './learning/learning-goals-page';
import { LearningAgendaPage } from './learning/learning-agenda-page';
import { ClimateScanPage } from './learning/climate-scan-page';
import { LearningSettingsPage } from './learning/learning-settings-page';
import { LearningTimePage } from './learning/learning-time-page';
import { TeamsPage } from './learning/teams-page';
import { OverviewPage } from './overview-page';
import { PeerAuditorsPage } from './peer-auditors/peer-auditors-page';
import { LearningReportPage } from './peer-review/learning-report-page';
import { MyPeerVisitsPage } from './peer-review/my-peer-visits-page';
import { PeerVisitFindingsPage } from './peer-review/peer-visit-findings-page';
import { PeerReviewPage } from './peer-review/peer-review-page';
import { RespondentPage } from './respondents/respondent-page';
import { SelfEvaluationPage } from './self-evaluation-page';

function NotFoundPage() {
  const { o } = useOrgTexts();
  return (
    <OrgPage title={o('notFound.title')}>
      <p>
        <Link href="/">{o('toOverview')}</Link>
      </p>
    </OrgPage>
  );
}

/** Everything a member of an organisation does in the browser, one route per part of the cycle. */
export default function OrganisationRoutes({ user }: { user: SessionUserFragment }) {
  const orgUser = useMemo(() => orgUserOf(user), [user]);
  return (
    <OrgUserContext.Provider value={orgUser}>
      <Switch>
        <Route path="/">
          <OverviewPage />
        </Route>
        <Route path="/self-evaluation">
          <SelfEvaluationPage />
        </Route>
        <Route path="/internal-audits">
          <InternalAuditsPage />
        </Route>
        <Route path="/external-audit">
          <ExternalAuditPage />
        </Route>
        <Route path="/improvement-plan">
          <ImprovementPlanPage />
        </Route>
        <Route path="/evidence">
          <EvidencePage />
        </Route>
        <Route path="/peer-review">
          <PeerReviewPage />
        </Route>
        <Route path="/peer-review/reports/:visitId">{(params) => <LearningReportPage key={params.visitId} visitId={params.visitId} />}</Route>
        <Route path="/peer-auditors">
          <PeerAuditorsPage />
        </Route>
        <Route path="/peer-visits">
          <MyPeerVisitsPage />
        </Route>
        <Route path="/peer-visits/:visitId">{(params) => <PeerVisitFindingsPage key={params.visitId} visitId={params.visitId} />}</Route>
        <Route path="/learning-time">
          <LearningTimePage />
        </Route>
        <Route path="/learning-settings">
          <LearningSettingsPage />
        </Route>
        <Route path="/teams">
          <TeamsPage />
        </Route>
        <Route path="/learning-goals">
          <LearningGoalsPage />
        </Route>
        <Route path="/learning-agenda">
          <LearningAgendaPage />
        </Route>
        <Route path="/learning-climate">
          <ClimateScanPage />
        </Route>
        <Route path="/learning">
          <LearningOverviewPage />
        </Route>
        <Route path="/respondent">
          <RespondentPage />
        </Route>
        <Route path="/notifications">
          <NotificationsPage partyKind="ORGANISATION" frame={OrgPage} />
        </Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </OrgUserContext.Provider>
  );
}
