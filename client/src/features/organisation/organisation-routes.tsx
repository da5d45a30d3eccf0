import { Route, Switch } from 'wouter';
import type { SessionUserFragment } from '../../gql/graphql';
import { OrganisationPage } from '../cycle/organisation-page';

export default function OrganisationRoutes({ user }: { user: SessionUserFragment }) {
  return (
    <Switch>
      <Route path="/">
        <OrganisationPage organisationId={user.organisation!.id} role={user.role} />
      </Route>
    </Switch>
  );
}
