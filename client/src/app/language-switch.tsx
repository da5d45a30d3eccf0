import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LANGS } from '../i18n/i18n';

/**
 * Two toggle buttons, NL and EN; aria-pressed tells which language is on. The visible code is also the
 * accessible name (WCAG 2.5.3, label in name), the group is labelled "Taal", the title gives the full name.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  // Texts the server words follow the language: the screens on show ask again once it changed, and the
  // notifications kept from an earlier visit are dropped, so the list is not shown in the old language first.
  const switchTo = (code: string) =>
    void i18n.changeLanguage(code).then(() => {
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'notifications' });
      client.cache.gc();
      return client.refetchQueries({ include: 'active' });
    });
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          className="lang-switch__option"
          lang={code}
          aria-pressed={i18n.language === code}
          title={t(`language.names.${code}`)}
          onClick={() => switchTo(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
