import { useTranslation } from 'react-i18next';
import { registerTexts, type Dictionary } from '../../../i18n/dictionary';

/** The room-for-learning screens: their texts, in the `learning` namespace. */
const nl = {
  time: {
    title: 'Leertijd',
    lead: 'Registreer de tijd die u aan leren besteedde. Alleen u ziet uw eigen registraties.',
    heading: 'Leertijd registreren',
    date: 'Datum',
    hours: 'Uren',
    hoursHint: 'In kwartieren, bijvoorbeeld 1,5.',
    kind: 'Soort',
    theme: 'Thema (optioneel)',
    goal: 'Leerdoel (optioneel)',
    submit: 'Registreren',
    busy: 'Registreren…',
    saved: 'Geregistreerd.',
    mine: 'Mijn registraties',
    none: 'U heeft nog niets geregistreerd.',
    caption: '{{count}} registraties',
    delete: 'Verwijderen',
    deleteLabel: 'Registratie van {{date}} verwijderen',
    loadMore: 'Meer registraties',
  },
  kind: {
    TRAINING: 'Training',
    INTERVISION: 'Intervisie',
    READING: 'Lezen',
    SHADOWING: 'Meelopen',
    TEAM_SESSION: 'Teamsessie',
    OTHER: 'Anders',
  },
  overview: {
    title: 'Leren per team',
    lead: 'Benutte leertijd tegenover de geboden ruimte, per maand. Cijfers verschijnen pas als genoeg mensen tijd registreerden.',
    team: 'Team',
    year: 'Jaar',
    noTeams: 'Er zijn nog geen teams die u mag zien.',
    norm: 'Leernorm {{norm}} % van de contracturen; cijfers vanaf {{min}} personen.',
    budget: 'Budget dit jaar: {{hours}} uur.',
    chartHeading: 'Benut en geboden',
    chartHint: 'De tabel hieronder geeft dezelfde cijfers.',
    month: 'Maand',
    offered: 'Geboden (uur)',
    used: 'Benut (uur)',
    contributors: 'Personen',
    note: 'Toelichting',
    hidden: 'Te weinig personen',
    caption: 'Leertijd van {{team}} in {{year}}',
    noteHeading: 'Toelichting bij een maand',
    noteMonth: 'Maand',
    noteText: 'Toelichting',
    noteSubmit: 'Toelichting opslaan',
    noteBusy: 'Opslaan…',
  },
};

const en: Dictionary<typeof nl> = {
  time: {
    title: 'Learning time',
    lead: 'Register the time you spent learning. Only you see your own entries.',
    heading: 'Register learning time',
    date: 'Date',
    hours: 'Hours',
    hoursHint: 'In quarters of an hour, for example 1.5.',
    kind: 'Kind',
    theme: 'Theme (optional)',
    goal: 'Learning goal (optional)',
    submit: 'Register',
    busy: 'Registering…',
    saved: 'Registered.',
    mine: 'My entries',
    none: 'You have not registered anything yet.',
    caption: '{{count}} entries',
    delete: 'Delete',
    deleteLabel: 'Delete the entry of {{date}}',
    loadMore: 'More entries',
  },
  kind: {
    TRAINING: 'Training',
    INTERVISION: 'Intervision',
    READING: 'Reading',
    SHADOWING: 'Shadowing',
    TEAM_SESSION: 'Team session',
    OTHER: 'Other',
  },
  overview: {
    title: 'Learning per team',
    lead: 'Learning time used against the room offered, per month. Figures appear only once enough people registered time.',
    team: 'Team',
    year: 'Year',
    noTeams: 'There are no teams you may see yet.',
    norm: 'Learning norm {{norm}} % of contract hours; figures from {{min}} people.',
    budget: 'Budget this year: {{hours}} hours.',
    chartHeading: 'Used and offered',
    chartHint: 'The table below gives the same figures.',
    month: 'Month',
    offered: 'Offered (hours)',
    used: 'Used (hours)',
    contributors: 'People',
    note: 'Note',
    hidden: 'Too few people',
    caption: 'Learning time of {{team}} in {{year}}',
    noteHeading: 'Note on a month',
    noteMonth: 'Month',
    noteText: 'Note',
    noteSubmit: 'Save note',
    noteBusy: 'Saving…',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    learning: typeof nl;
  }
}

registerTexts('learning', { nl, en });

export function useLearningTexts() {
  const { t: l } = useTranslation('learning');
  const { t } = useTranslation();
  return { l, locale: t('locale') };
}
