import { useTranslation } from 'react-i18next';
import type { UserError } from '../../lib/errors';

/** Where a refusal came from, for codes whose shared wording speaks of a cycle. */
export type RefusalContext = 'cycle' | 'framework';

const list = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : '');

/**
 * The sector screens' wording for refusals whose shared text would mislead (a CONFLICT on a duplicate
 * version is no "someone changed this"; the award rule comes as NOT_ALLOWED, yet no role is at fault),
 * and for input errors whose server message is English only. The result is shown by Refusal; any
 * refusal not listed here keeps the shared wording or the server's own message.
 */
export function useSectorErrors(): (error: UserError, context?: RefusalContext) => UserError {
  const { t } = useTranslation('sector');
  return (error, context = 'cycle') => {
    const text = (message: string): UserError => ({ ...error, code: 'SECTOR_TEXT', message });
    const { code, field, details } = error;
    if (code === 'NOT_ALLOWED' && Array.isArray(details.blockingNormCodes)) return text(t('errors.awardRule', { norms: list(details.blockingNormCodes) }));
    if (code === 'CONFLICT' && field === 'version') return text(t('errors.duplicateVersion'));
    if (code === 'INCOMPLETE' && context === 'framework') return text(t('errors.noNorms'));
    if (code === 'WRONG_PHASE' && context === 'framework') return text(t('errors.frameworkStatus'));
    if (code === 'BAD_USER_INPUT') {
      if (field === 'reason') return text(t('errors.reasonRequired'));
      if (field === 'name') return text(t('errors.nameRequired'));
      if (field === 'version') return text(t('errors.versionRequired'));
      if (field === 'effectiveDate') return text(t('errors.effectiveDate'));
      if (field === 'content' && Array.isArray(details.importErrors)) {
        const count = typeof details.importErrorCount === 'number' ? details.importErrorCount : details.importErrors.length;
        return text(t('errors.importProblems', { count }));
      }
    }
    return error;
  };
}
