import './sector-texts';
import { Route, Switch } from 'wouter';
import type { SessionUserFragment } from '../../gql/graphql';
import { CycleDossierPage } from './cycles/cycle-dossier-page';
import { DecisionPage } from './decisions/decision-page';
import { DecisionsQueue } from './decisions/decisions-queue';
import { FrameworkVersionPage } from './frameworks/framework-version-page';
import { FrameworksPage } from './frameworks/frameworks-page';
import { InsightsPage } from './insights/insights-page';
import { InstitutionsPage } from './institutions/institutions-page';
import { OverviewPage } from './overview/overview-page';
import { PeerReviewPage } from './peer-review/peer-review-page';
import { RegisterManagementPage } from './register/register-management-page';
import { NotFoundPage } from './not-found-page';
import { NotificationsPage, type NotificationsFrame } from '../notifications/notifications-page';
import { SectorPage } from './sector-page';

const SectorFrame: NotificationsFrame = ({ title, lead, children }) => (
  <SectorPage title={title} intro={lead}>
    {children}
  </SectorPage>
);

/** The sector body's screens (Sociaal Werk Nederland): secretariat and decision committee share them. */
export default function SectorRoutes({ user }: { user: SessionUserFragment }) {
  return (
    <Switch>
      <Route path="/">
        <OverviewPage />
      </Route>
      <Route path="/insights">
        <InsightsPage />
      </Route>
      <Route path="/decisions">
        <DecisionsQueue />
      </Route>
      <Route path="/cycles/:cycleId">{(params) => <CycleDossierPage cycleId={params.cycleId} />}</Route>
      <Route path="/decisions/:cycleId">{(params) => <DecisionPage cycleId={params.cycleId} />}</Route>
      <Route path="/register-management">
        <RegisterManagementPage role={user.role} />
      </Route>
      <Route path="/frameworks">
        <FrameworksPage role={user.role} />
      </Route>
      <Route path="/frameworks/:versionId">{(params) => <FrameworkVersionPage versionId={params.versionId} role={user.role} />}</Route>
      <Route path="/peer-review">
        <PeerReviewPage role={user.role} />
      </Route>
      <Route path="/notifications">
        <NotificationsPage partyKind="SECTOR_BODY" frame={SectorFrame} />
      </Route>
      <Route path="/institutions">
        <InstitutionsPage role={user.role} />
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
