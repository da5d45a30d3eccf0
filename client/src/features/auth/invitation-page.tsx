import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Refusal } from '../../components/ui/refusal';
import { graphql } from '../../gql';
import { useCommand } from '../../lib/use-command';
import { useDocumentTitle } from '../../lib/use-document-title';
import { MeQuery } from './me-query';

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...SessionUser
    }
  }
`);

/**
 * The page an invitation link opens: the invited person chooses a password and is signed in. The token is in
 * the link's fragment, which browsers never send to a server; it is taken out of the address bar at once so
 * it stays out of history and screenshots.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invitation.title'));
  const [token] = useState(() => {
    const fromLink = window.location.hash.slice(1);
    if (fromLink) window.history.replaceState(null, '', window.location.pathname);
    return fromLink;
  });
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const client = useApolloClient();
  const [, navigate] = useLocation();
  const accept = useCommand(AcceptInvitationMutation, { withoutId: true });
  const fieldError = (field: string) => (accept.refusal?.field === field ? accept.refusal.message : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== repeat) return accept.setRefusal({ code: 'BAD_USER_INPUT', field: 'repeat', message: t('invitation.different'), details: {} });
    const data = await accept.run({ input: { token, password } });
    if (!data) return;
    client.cache.writeQuery({ query: MeQuery, data: { me: data.acceptInvitation } });
    navigate('/');
  }

  return (
    <div className="page page--narrow">
      <h1>{t('invitation.title')}</h1>
      <p className="lead">{t('invitation.intro')}</p>
      <form className="card form stack" onSubmit={(e) => void submit(e)} noValidate aria-busy={accept.pending || undefined}>
        {accept.refusal && !['password', 'repeat'].includes(accept.refusal.field ?? '') && <Refusal refusal={accept.refusal} />}
        <Field id="invitation-password" label={t('invitation.password')} hint={t('invitation.passwordHint')} error={fieldError('password')}>
          <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <Field id="invitation-repeat" label={t('invitation.repeat')} error={fieldError('repeat')}>
          <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </Field>
        <Button type="submit" busy={accept.pending} busyLabel={t('invitation.busy')}>
          {t('invitation.submit')}
        </Button>
      </form>
    </div>
  );
}
