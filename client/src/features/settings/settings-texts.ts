import { useTranslation } from 'react-i18next';
import { registerTexts, type Dictionary } from '../../i18n/dictionary';

/** The settings page, the same for every party. */
const nl = {
  title: 'Instellingen',
  calendar: {
    heading: 'Agenda',
    intro:
      'Zie de auditdagen, interne audits en uiterste datums van uw cycli in uw eigen agenda (Outlook, Google Agenda, Apple Agenda). U abonneert zich op een geheim adres; de agenda haalt de wijzigingen zelf op.',
    none: 'U heeft nog geen agenda-adres.',
    since: 'U heeft een agenda-adres sinds {{date}}. Het wordt maar één keer getoond; bent u het kwijt, maak dan een nieuw.',
    make: 'Agenda-adres maken',
    renew: 'Nieuw adres maken',
    renewHint: 'Het vorige adres werkt daarna niet meer.',
    making: 'Bezig…',
    stop: 'Adres stoppen',
    stopping: 'Bezig…',
    stopped: 'Het agenda-adres werkt niet meer.',
    address: 'Uw agenda-adres',
    addressHint: 'Kopieer het nu en voeg het in uw agenda toe als agenda via internet. Houd het geheim: wie het heeft, ziet uw audits en termijnen.',
    copy: 'Kopiëren',
    copied: 'Gekopieerd.',
  },
};

const en: Dictionary<typeof nl> = {
  title: 'Settings',
  calendar: {
    heading: 'Calendar',
    intro:
      'See the audit days, internal audits and deadlines of your cycles in your own calendar (Outlook, Google Calendar, Apple Calendar). You subscribe to a secret address; your calendar fetches the changes itself.',
    none: 'You have no calendar address yet.',
    since: 'You have had a calendar address since {{date}}. It is shown only once; if you lost it, make a new one.',
    make: 'Make a calendar address',
    renew: 'Make a new address',
    renewHint: 'The previous address stops working.',
    making: 'Working…',
    stop: 'Stop the address',
    stopping: 'Working…',
    stopped: 'The calendar address no longer works.',
    address: 'Your calendar address',
    addressHint: 'Copy it now and add it to your calendar as an internet calendar. Keep it secret: whoever has it sees your audits and deadlines.',
    copy: 'Copy',
    copied: 'Copied.',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    settings: typeof nl;
  }
}

registerTexts('settings', { nl, en });

export function useSettingsTexts() {
  const { t } = useTranslation('settings');
  const { t: common } = useTranslation();
  return { s: t, locale: common('locale') };
}
