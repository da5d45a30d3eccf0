import { LANGS } from '../lib/i18n';
import { useI18n } from '../lib/i18n-context';

/**
 * Two toggle buttons, NL and EN; aria-pressed tells which language is on. The visible code is also the
 * accessible name (WCAG 2.5.3, label in name), the group is labelled "Taal", the title gives the full name.
 */
export function LanguageSwitch() {
  const { lang, t, setLang } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t.language.label}>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          className="lang-switch__option"
          lang={code}
          aria-pressed={lang === code}
          title={t.language.names[code]}
          onClick={() => setLang(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
