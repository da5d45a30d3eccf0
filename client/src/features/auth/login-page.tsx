import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/ui/button';
import { Refusal } from '../../components/ui/refusal';
import { graphql } from '../../gql';
import { useCommand } from '../../lib/use-command';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title';
import { MeQuery } from './me-query';

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionUser
    }
  }
`);

type LoginField = 'email' | 'password';
const isLoginField = (field: string | undefined): field is LoginField => field === 'email' || field === 'password';

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const client = useApolloClient();
  const login = useCommand(LoginMutation, { withoutId: true });
  const { pending: loading, refusal: error } = login;

  const fieldWithError = isLoginField(error?.field) ? error.field : null;

  // Move focus to the field the server complained about, so keyboard users land where they must act.
  useEffect(() => {
    if (fieldWithError === 'email') emailRef.current?.focus();
    if (fieldWithError === 'password') passwordRef.current?.focus();
  }, [error, fieldWithError]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = await login.run({ input: { email: email.trim(), password } });
    // Writing the user into `me` switches the app to the signed-in screens without another request.
    if (data) client.cache.writeQuery({ query: MeQuery, data: { me: data.login } });
  }

  const describedBy = (field: LoginField) => (fieldWithError === field ? `login-${field}-error` : undefined);

  return (
    <div className="page page--narrow">
      <h1>{t('login.title')}</h1>
      <p className="lead">{t('login.intro')}</p>
      {/* noValidate: the server's messages are the single source, shown beside the field they concern. */}
      <form className="card form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        {error && !fieldWithError && <Refusal refusal={error} />}
        <div className="field">
          <label htmlFor="login-email">{t('login.email')}</label>
          <input
            ref={emailRef}
            id="login-email"
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={fieldWithError === 'email' || undefined}
            aria-describedby={describedBy('email')}
          />
          {error && fieldWithError === 'email' && <Refusal id="login-email-error" className="field__error" refusal={error} />}
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('login.password')}</label>
          <input
            ref={passwordRef}
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={fieldWithError === 'password' || undefined}
            aria-describedby={describedBy('password')}
          />
          {error && fieldWithError === 'password' && (
            <Refusal id="login-password-error" className="field__error" refusal={error} />
          )}
        </div>
        <Button type="submit" busy={loading} busyLabel={t('login.busy')}>
          {t('login.submit')}
        </Button>
      </form>
    </div>
  );
}
