import type { SessionUserFragment } from '../../gql/graphql';
import { useTranslation } from 'react-i18next';

/** Name, role and organisation of the signed-in user, for the header. */
export function SignedInUser({ user }: { user: SessionUserFragment }) {
  const { t } = useTranslation();
  return (
    <p className="user">
      <span className="visually-hidden">{t('header.signedInAs')} </span>
      <span className="user__name" data-testid="user-name">
        {user.name}
      </span>
      <span className="user__role" data-testid="user-role">
        {t(`role.${user.role}`)}
        {user.organisation ? ` · ${user.organisation.name}` : ''}
      </span>
    </p>
  );
}
