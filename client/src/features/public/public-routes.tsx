import { Route, Switch } from 'wouter';
import './public-texts';
import './public.css';
import { RegisterPage } from './register-page';
import { VerifyPage } from './verify-page';

/** Decoded once more: the address bar may hold a number as typed, with %-escapes. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Mounted at /register (nested): the public register and certificate verification, open to everyone. */
export default function PublicRoutes() {
  return (
    <Switch>
      <Route path="/">
        <RegisterPage />
      </Route>
      <Route path="/verify">
        <VerifyPage />
      </Route>
      <Route path="/verify/:number">{(params) => <VerifyPage number={decoded(params.number)} />}</Route>
      <Route>
        <RegisterPage />
      </Route>
    </Switch>
  );
}
