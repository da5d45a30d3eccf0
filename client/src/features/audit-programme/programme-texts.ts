import { useTranslation } from 'react-i18next';
import { registerTexts, type Dictionary } from '../../i18n/dictionary';

/** The audit programme as every party reads it: the interview slots, their groups and the confirmation. */
const nl = {
  title: 'Auditprogramma',
  none: 'De auditoren hebben nog geen auditprogramma gemaakt.',
  empty: 'Het auditprogramma heeft nog geen gesprekken.',
  caption_one: '1 gesprek',
  caption_other: '{{count}} gesprekken',
  col: {
    when: 'Dag en tijd',
    group: 'Gesprek met',
    participants: 'Deelnemers',
    norms: 'Normen',
    auditors: 'Auditoren',
  },
  day: 'Dag {{n}}',
  time: '{{start}} tot {{end}}',
  people_one: '1 persoon',
  people_other: '{{count}} personen',
  noNorms: 'geen',
  noAuditors: 'nog niet ingedeeld',
  group: {
    SOCIAL_WORKERS: 'Sociaal werkers',
    VOLUNTEERS: 'Vrijwilligers',
    CLIENTS: 'Cliënten',
    CLIENT_COUNCIL: 'Cliëntenraad',
    MANAGEMENT_BOARD: 'Directie en bestuur',
    OTHER: 'Anders',
  },
  uncovered: 'Normen die nog in geen gesprek aan bod komen: {{norms}}.',
  allCovered: 'Elke norm komt in een gesprek aan bod.',
  savedBy: 'Laatst gewijzigd door {{name}} op {{date}}.',
  confirmed: 'Bevestigd door {{name}} op {{date}}.',
  notConfirmed: 'Nog niet bevestigd door de organisatie.',
};

const en: Dictionary<typeof nl> = {
  title: 'Audit programme',
  none: 'The auditors have not made an audit programme yet.',
  empty: 'The audit programme has no interviews yet.',
  caption_one: '1 interview',
  caption_other: '{{count}} interviews',
  col: {
    when: 'Day and time',
    group: 'Interview with',
    participants: 'Participants',
    norms: 'Norms',
    auditors: 'Auditors',
  },
  day: 'Day {{n}}',
  time: '{{start}} to {{end}}',
  people_one: '1 person',
  people_other: '{{count}} people',
  noNorms: 'none',
  noAuditors: 'not assigned yet',
  group: {
    SOCIAL_WORKERS: 'Social workers',
    VOLUNTEERS: 'Volunteers',
    CLIENTS: 'Clients',
    CLIENT_COUNCIL: 'Client council',
    MANAGEMENT_BOARD: 'Management and board',
    OTHER: 'Other',
  },
  uncovered: 'Norms no interview covers yet: {{norms}}.',
  allCovered: 'Every norm is covered by an interview.',
  savedBy: 'Last changed by {{name}} on {{date}}.',
  confirmed: 'Confirmed by {{name}} on {{date}}.',
  notConfirmed: 'Not confirmed by the organisation yet.',
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    programme: typeof nl;
  }
}

registerTexts('programme', { nl, en });

export function useProgrammeTexts() {
  const { t: p } = useTranslation('programme');
  const { t } = useTranslation();
  return { p, locale: t('locale') };
}
