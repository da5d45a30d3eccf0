import { useI18n } from '../../lib/i18n-context';

/** A polite status, so a screen reader hears that something is coming without losing its place. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p role="status" className="loading">
      <span className="loading__dot" aria-hidden="true" />
      {label ?? t.common.loading}
    </p>
  );
}
