import { useTranslation } from 'react-i18next';
import { registerTexts, type Dictionary } from '../../../i18n/dictionary';

/** The learning-climate scan's texts, in the `climate` namespace: inviting, never blaming. */
const nl = {
  title: 'Leerklimaat',
  lead: 'Hoe ervaart uw team de voorwaarden om te leren? Uw antwoorden zijn anoniem: niemand kan zien wat u invulde.',
  answer: 'De scan invullen',
  none: 'Er staat nu geen scan voor u open. Dank u wel voor het kijken!',
  forTeam: 'Voor {{team}}',
  answered: 'U vulde de scan voor {{team}} in. Dank u wel!',
  illustrative: 'Voorbeeldvragen van LabelCycle, geen tekst van het keurmerk.',
  scale: 'Van 1 (helemaal niet mee eens) tot 5 (helemaal mee eens)',
  submit: 'Versturen',
  busy: 'Versturen…',
  incomplete: 'Geef bij elke uitspraak een score.',
  condition: { POSITIVE_ENVIRONMENT: 'Positieve leeromgeving', ROOM_AND_SUPPORT: 'Ruimte voor leren én ondersteuning', SHARED_VISION: 'Gezamenlijke visie op leren' },
  rounds: 'Rondes',
  period: 'Periode',
  teams: 'Teams',
  open: 'Ronde openen',
  opening: 'Openen…',
  close: 'Ronde sluiten',
  closeLabel: 'Ronde sluiten ({{period}})',
  isOpen: 'open',
  isClosed: 'gesloten',
  results: 'Uitkomsten',
  round: 'Ronde',
  team: 'Team',
  respondents: 'Ingevuld',
  hidden: 'Nog niet zichtbaar',
  hiddenNote: 'Uitkomsten verschijnen als de ronde gesloten is en minstens {{count}} mensen van een team meededen.',
  caption: 'Gemiddelde scores per team, ronde {{period}}',
  agreement: 'Wat we concludeerden en afspraken',
  agreementFor: 'Afspraak van {{team}}',
  agreementSave: 'Afspraak bewaren',
  agreementSaved: 'Bewaard.',
  noRounds: 'Er is nog geen ronde geweest.',
};

const en: Dictionary<typeof nl> = {
  title: 'Learning climate',
  lead: 'How does your team experience the conditions for learning? Your answers are anonymous: nobody can see what you filled in.',
  answer: 'Answer the scan',
  none: 'There is no scan open for you now. Thank you for looking!',
  forTeam: 'For {{team}}',
  answered: 'You answered the scan for {{team}}. Thank you!',
  illustrative: 'Example statements by LabelCycle, not text of the quality label.',
  scale: 'From 1 (do not agree at all) to 5 (fully agree)',
  submit: 'Send',
  busy: 'Sending…',
  incomplete: 'Give a score for every statement.',
  condition: { POSITIVE_ENVIRONMENT: 'Positive learning environment', ROOM_AND_SUPPORT: 'Room for learning with support', SHARED_VISION: 'Shared vision on learning' },
  rounds: 'Rounds',
  period: 'Period',
  teams: 'Teams',
  open: 'Open round',
  opening: 'Opening…',
  close: 'Close round',
  closeLabel: 'Close round ({{period}})',
  isOpen: 'open',
  isClosed: 'closed',
  results: 'Results',
  round: 'Round',
  team: 'Team',
  respondents: 'Answered',
  hidden: 'Not visible yet',
  hiddenNote: 'Results appear once the round is closed and at least {{count}} people of a team took part.',
  caption: 'Average scores per team, round {{period}}',
  agreement: 'What we concluded and agreed',
  agreementFor: 'Agreement of {{team}}',
  agreementSave: 'Save agreement',
  agreementSaved: 'Saved.',
  noRounds: 'There has been no round yet.',
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    climate: typeof nl;
  }
}

registerTexts('climate', { nl, en });

export function useClimateTexts() {
  const { t: c, i18n } = useTranslation('climate');
  return { c, english: i18n.language.startsWith('en') };
}
