import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { Refusal } from '../../components/ui/refusal';
import { graphql } from '../../gql';
import { toUserError, type UserError } from '../../lib/errors';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session-context';

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export function LogoutButton() {
  const { t } = useTranslation();
  const session = useSession();
  const [logout, { loading }] = useMutation(LogoutMutation);
  const [error, setError] = useState<UserError | null>(null);

  async function onClick() {
    setError(null);
    try {
      await logout();
    } catch (caught) {
      const userError = toUserError(caught);
      // Without a session there is nothing to end on the server; anything else, the user must know.
      if (userError.code !== 'UNAUTHENTICATED') {
        setError(userError);
        return;
      }
    }
    await session.end();
  }

  return (
    <>
      <Button variant="secondary" onClick={onClick} busy={loading} busyLabel={t('header.loggingOut')}>
        {t('header.logout')}
      </Button>
      {error && <Refusal refusal={error} className="header__error" />}
    </>
  );
}
