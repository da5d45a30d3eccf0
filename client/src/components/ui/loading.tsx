import { useTranslation } from 'react-i18next';

/** A polite status, so a screen reader hears that something is coming without losing its place. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      <span className="loading__dot" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}
