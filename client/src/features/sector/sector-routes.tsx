import { Route, Switch } from 'wouter';
import type { SessionUserFragment } from '../../gql/graphql';
import { CyclesPage } from '../cycle/cycles-page';

export default function SectorRoutes(_props: { user: SessionUserFragment }) {
  return (
    <Switch>
      <Route path="/">
        <CyclesPage />
      </Route>
    </Switch>
  );
}
