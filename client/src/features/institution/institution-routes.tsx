import { Link, Route, Switch } from 'wouter';
import type { SessionUserFragment } from '../../gql/graphql';
import { NotificationsPage } from '../notifications/notifications-page';
import { CycleWorkspace } from './cycle-workspace';
import { InboxPage } from './inbox-page';
import { InstitutionPage } from './institution-page';
import { useInstitutionTexts } from './institution-texts';

/** The certifying institution's screens: the inbox and one workspace per cycle, by section. */
export default function InstitutionRoutes({ user }: { user: SessionUserFragment }) {
  return (
    <Switch>
      <Route path="/">
        <InboxPage user={user} />
      </Route>
      <Route path="/notifications">
        <NotificationsPage partyKind="CERTIFYING_INSTITUTION" frame={InstitutionPage} />
      </Route>
      <Route path="/cycles/:id/:section?">
        {(params) => <CycleWorkspace key={params.id} cycleId={params.id} section={params.section} user={user} />}
      </Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}

function NotFound() {
  const { i } = useInstitutionTexts();
  return (
    <InstitutionPage title={i('notFound.title')}>
      <p className="card">
        {i('notFound.body')} <Link href="/">{i('notFound.toInbox')}</Link>
      </p>
    </InstitutionPage>
  );
}
