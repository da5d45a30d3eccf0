import { toUserError } from '../../lib/errors';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session-context';
import { Button } from './button';
import { Refusal } from './refusal';

interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed read: the message, and the one action that helps (log in again, or try again). */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  const session = useSession();
  const userError = toUserError(error);
  if (userError.code === 'UNAUTHENTICATED') {
    return (
      <div className="notice">
        <Refusal refusal={{ ...userError, message: t('errors.sessionEnded') }} />
        <Button onClick={() => void session.end()}>{t('errors.loginAgain')}</Button>
      </div>
    );
  }
  return (
    <div className="notice">
      <Refusal refusal={userError} />
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}
