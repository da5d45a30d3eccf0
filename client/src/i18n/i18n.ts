import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonTexts } from './common';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];
export const DEFAULT_LANG: Lang = 'nl';
const STORAGE_KEY = 'labelcycle.lang';

export const isLang = (value: unknown): value is Lang => value === 'nl' || value === 'en';

function storedLang(): Lang {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : DEFAULT_LANG;
  } catch {
    // Storage can be blocked (private mode, policy); Dutch is the default anyway.
    return DEFAULT_LANG;
  }
}

void i18n.use(initReactI18next).init({
  lng: storedLang(),
  fallbackLng: DEFAULT_LANG,
  supportedLngs: LANGS,
  defaultNS: 'common',
  ns: ['common'],
  resources: { nl: { common: commonTexts.nl }, en: { common: commonTexts.en } },
  // React escapes what it renders; escaping here as well would show &amp; in names.
  interpolation: { escapeValue: false },
  // Resources are bundled, so initialisation is synchronous and the first render has its words.
  initAsync: false,
  returnNull: false,
});

// Screen readers pick their voice from <html lang>, so it follows the switch; the choice is remembered.
function followLanguage(lang: string): void {
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered across visits; the switch still works for this one.
  }
}
followLanguage(i18n.language);
i18n.on('languageChanged', followLanguage);

export const currentLang = (): Lang => (isLang(i18n.language) ? i18n.language : DEFAULT_LANG);

export default i18n;
