import { useI18n } from '../../lib/i18n-context';

/** The shipped demo framework must never pass for the official norms (PRODUCT.md §2). */
export function IllustrativeBanner() {
  const { t } = useI18n();
  return (
    <p className="banner banner--warning" data-testid="illustrative-banner">
      {t.illustrative}
    </p>
  );
}
