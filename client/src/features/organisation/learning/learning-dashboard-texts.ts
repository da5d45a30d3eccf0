import { useTranslation } from 'react-i18next';
import { registerTexts, type Dictionary } from '../../../i18n/dictionary';

/** The audited organisation's learning as its auditors read it, in the `learningDashboard` namespace. */
const nl = {
  heading: 'Leren tussen de audits',
  intro: 'Zo geeft {{name}} ruimte aan leren: per team de benutte leertijd tegenover de geboden ruimte, de uitkomsten van de leerklimaatscan en het leerjaarverslag. Alleen cijfers per team, vanaf {{min}} personen; niemands eigen gegevens.',
  year: 'Jaar',
  teamsHeading: 'Leertijd per team',
  noTeams: 'Nog geen team heeft een maand met genoeg personen voor cijfers in dit jaar.',
  notShown_one: '{{count}} team heeft nog geen maand met minstens {{min}} personen; dat team staat hier nog niet.',
  notShown_other: '{{count}} teams hebben nog geen maand met minstens {{min}} personen; die teams staan hier nog niet.',
  teamSummary: '{{team}}: {{used}} van {{offered}} uur benut (leernorm {{norm}} %)',
  caption: 'Leertijd van {{team}} in {{year}}',
  month: 'Maand',
  offered: 'Geboden (uur)',
  used: 'Benut (uur)',
  contributors: 'Personen',
  note: 'Toelichting',
  hidden: 'Te weinig personen',
  scanHeading: 'Leerklimaatscan',
  noScans: 'In dit jaar is nog geen ronde van de scan gesloten.',
  scanCaption: 'Gemiddelde scores per team (1 tot 5), ronde {{period}}',
  team: 'Team',
  scanHidden: 'Nog niet zichtbaar',
  reportHeading: 'Leerjaarverslag {{year}}',
  noReport: 'Het leerjaar {{year}} is nog niet afgesloten; het verslag volgt dan.',
  reportCaption: 'Leertijd per team over het jaar',
  metNorm: 'Norm gehaald',
  yes: 'Ja',
  notYet: 'Nog niet',
  themes: 'Thema’s met de meeste belangstelling',
  theme: '{{title}} ({{count}} belangstellenden)',
  sessions_one: '{{count}} leersessie gehouden.',
  sessions_other: '{{count}} leersessies gehouden.',
  evidence: {
    heading: 'Leren als onderbouwing',
    none: 'Nog geen leerjaarverslag of scanronde gekoppeld.',
    report: 'Leerjaarverslag {{year}}',
    round: 'Leerklimaatscan, ronde {{period}}',
    choose: 'Leerjaarverslag of gesloten scanronde',
    pick: 'Kies wat u wilt koppelen',
    link: 'Koppelen',
    linking: 'Koppelen…',
    unlink: 'Ontkoppelen',
    unlinkLabel: 'Ontkoppelen: {{name}}',
    nothing: 'Er is nog geen leerjaarverslag of gesloten scanronde om te koppelen.',
  },
};

const en: Dictionary<typeof nl> = {
  heading: 'Learning between audits',
  intro: 'How {{name}} makes room for learning: per team the learning time used against the room offered, the results of the learning-climate scan and the learning year report. Team figures only, from {{min}} people on; nobody’s own data.',
  year: 'Year',
  teamsHeading: 'Learning time per team',
  noTeams: 'No team has a month with enough people for figures in this year yet.',
  notShown_one: '{{count}} team has no month with at least {{min}} people yet; it is not listed here yet.',
  notShown_other: '{{count}} teams have no month with at least {{min}} people yet; they are not listed here yet.',
  teamSummary: '{{team}}: {{used}} of {{offered}} hours used (learning norm {{norm}} %)',
  caption: 'Learning time of {{team}} in {{year}}',
  month: 'Month',
  offered: 'Offered (hours)',
  used: 'Used (hours)',
  contributors: 'People',
  note: 'Note',
  hidden: 'Too few people',
  scanHeading: 'Learning-climate scan',
  noScans: 'No round of the scan has closed in this year yet.',
  scanCaption: 'Average scores per team (1 to 5), round {{period}}',
  team: 'Team',
  scanHidden: 'Not visible yet',
  reportHeading: 'Learning year report {{year}}',
  noReport: 'The learning year {{year}} has not closed yet; its report follows then.',
  reportCaption: 'Learning time per team over the year',
  metNorm: 'Norm reached',
  yes: 'Yes',
  notYet: 'Not yet',
  themes: 'Themes with the most interest',
  theme: '{{title}} ({{count}} interested)',
  sessions_one: '{{count}} learning session held.',
  sessions_other: '{{count}} learning sessions held.',
  evidence: {
    heading: 'Learning as evidence',
    none: 'No learning year report or scan round linked yet.',
    report: 'Learning year report {{year}}',
    round: 'Learning-climate scan, round {{period}}',
    choose: 'Learning year report or closed scan round',
    pick: 'Choose what to link',
    link: 'Link',
    linking: 'Linking…',
    unlink: 'Unlink',
    unlinkLabel: 'Unlink: {{name}}',
    nothing: 'There is no learning year report or closed scan round to link yet.',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    learningDashboard: typeof nl;
  }
}

registerTexts('learningDashboard', { nl, en });

export function useLearningDashboardTexts() {
  const { t: d } = useTranslation('learningDashboard');
  const { t } = useTranslation();
  return { d, locale: t('locale') };
}
