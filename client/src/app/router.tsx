import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { Loading } from '../components/ui/loading';
import { LoginPage } from '../features/auth/login-page';
import type { SessionUserFragment } from '../gql/graphql';

// Each party's screens load as their own chunk, so the login page (and every other party) stays small.
const PublicRoutes = lazy(() => import('../features/public/public-routes'));
const OrganisationRoutes = lazy(() => import('../features/organisation/organisation-routes'));
const InstitutionRoutes = lazy(() => import('../features/institution/institution-routes'));
const SectorRoutes = lazy(() => import('../features/sector/sector-routes'));
const InvitationPage = lazy(() => import('../features/auth/invitation-page').then((m) => ({ default: m.InvitationPage })));
const SettingsPage = lazy(() => import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })));

function PartyRoutes({ user }: { user: SessionUserFragment }) {
  switch (user.partyKind) {
    case 'ORGANISATION':
      return <OrganisationRoutes user={user} />;
    case 'CERTIFYING_INSTITUTION':
      return <InstitutionRoutes user={user} />;
    case 'SECTOR_BODY':
      return <SectorRoutes user={user} />;
  }
}

/**
 * The public register and the page an invitation link opens are open to everyone; everything else needs a signed-in user of some party. Each party
 * serves /notifications itself, inside its own sections.
 */
export function AppRoutes({ user }: { user: SessionUserFragment | null }) {
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/register" nest>
          <PublicRoutes />
        </Route>
        <Route path="/invitation">
          <InvitationPage />
        </Route>
        <Route path="/settings">{user ? <SettingsPage /> : <LoginPage />}</Route>
        <Route>{user ? <PartyRoutes user={user} /> : <LoginPage />}</Route>
      </Switch>
    </Suspense>
  );
}
