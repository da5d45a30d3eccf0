import { useTranslation } from 'react-i18next';

/** The shipped demo framework must never pass for the official norms (docs/domain.md, The norms framework). */
export function IllustrativeBanner() {
  const { t } = useTranslation();
  return (
    <p className="banner banner--warning" data-testid="illustrative-banner">
      {t('illustrative')}
    </p>
  );
}
