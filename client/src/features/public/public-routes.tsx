import { Route, Switch } from 'wouter';

export default function PublicRoutes() {
  return (
    <Switch>
      <Route path="/">
        <h1>Register</h1>
      </Route>
    </Switch>
  );
}
