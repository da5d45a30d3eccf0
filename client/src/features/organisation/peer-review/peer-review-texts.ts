import { useTranslation } from 'react-i18next';
import { registerTexts, type Dictionary } from '../../../i18n/dictionary';

/** The organisation's peer-review screen: its texts, in the `peerReview` namespace. */
const nl = {
  title: 'Intercollegiale adviesmeting',
  lead: 'Meld uw organisatie aan voor een intercollegiale adviesmeting; Sociaal Werk Nederland vormt groepen van ten minste drie organisaties.',
  signUp: {
    heading: 'Aanmelden',
    periodFrom: 'Gewenste periode vanaf',
    periodUntil: 'Gewenste periode tot en met',
    fte: 'Omvang (fte)',
    region: 'Regio',
    regionHint: 'Bijvoorbeeld een provincie of arbeidsmarktregio.',
    preferences: 'Wensen (optioneel)',
    partnersKnown: 'Wij hebben al afspraken met partnerorganisaties',
    submit: 'Aanmelden',
    busy: 'Aanmelden…',
  },
  mine: {
    heading: 'Uw aanmelding',
    status: { OPEN: 'Wacht op een groep', GROUPED: 'In een groep' },
    reference: 'Kenmerk voor uw partners',
    referenceHint: 'Geef dit kenmerk aan uw partnerorganisaties als zij de groep voorstellen.',
  },
  groups: {
    heading: 'Uw groep',
    none: 'U zit nog niet in een groep.',
    status: { PROPOSED: 'Voorgesteld, wacht op Sociaal Werk Nederland', FORMED: 'Gevormd', DECLINED: 'Afgewezen' },
    member: '{{name}} ({{place}}, {{fte}} fte)',
  },
  visits: {
    heading: 'Bezoeken',
    none: 'Er zijn nog geen bezoeken gepland.',
    caption: 'Bezoeken in uw groep',
    visited: 'Bezochte organisatie',
    date: 'Datum',
    pair: 'Auditoren',
    status: { label: 'Status', PLANNED: 'Gepland', CONFIRMED: 'Bevestigd' },
    auditor: 'Auditor {{n}}',
    chooseAuditor: 'Kies een auditor',
    auditorOption: '{{name}} ({{organisation}})',
    confirm: 'Datum {{date}} bevestigen',
    confirmBusy: 'Bevestigen…',
    confirmEffect: 'De datum van het bezoek aan uw organisatie staat vast; het bezoek kan daarna niet meer worden verplaatst.',
    confirmTold: 'De organisaties in uw groep zien dat het bezoek is bevestigd.',
    plan: {
      heading: 'Bezoek plannen',
      visited: 'Te bezoeken organisatie',
      date: 'Datum van het bezoek',
      submit: 'Bezoek plannen',
      busy: 'Plannen…',
    },
  },
  propose: {
    heading: 'Groep voorstellen',
    intro: 'U heeft al afspraken met partners. Vul hun kenmerken in (ten minste twee); Sociaal Werk Nederland bevestigt de groep.',
    partner: 'Kenmerk van partner {{n}}',
    addPartner: 'Nog een partner',
    submit: 'Groep voorstellen',
    busy: 'Voorstellen…',
  },
  auditors: {
    title: 'Intercollegiale auditoren',
    lead: 'Medewerkers die uw organisatie voordraagt om bij collega-organisaties te auditen. Alleen getrainde auditoren kunnen worden ingezet.',
    listHeading: 'Voorgedragen auditoren',
    none: 'Nog niemand voorgedragen.',
    caption: '{{count}} auditoren',
    name: 'Naam',
    training: 'Training',
    validUntil: 'Geldig tot en met',
    status: { UNTRAINED: 'Nog geen training', VALID: 'Geldig', EXPIRED: 'Verlopen' },
    trainedBy: '{{date}}, {{provider}}',
    loadMore: 'Meer auditoren',
    nominate: {
      heading: 'Medewerker voordragen',
      person: 'Medewerker',
      choose: 'Kies een medewerker',
      submit: 'Voordragen',
      busy: 'Voordragen…',
      nobody: 'Iedereen in uw organisatie is al voorgedragen.',
    },
    record: {
      start: 'Training vastleggen',
      open: 'Training vastleggen voor {{name}}',
      trainedOn: 'Datum training',
      provider: 'Aanbieder',
      submit: 'Training opslaan',
      busy: 'Opslaan…',
      cancel: 'Annuleren',
    },
  },
};

const en: Dictionary<typeof nl> = {
  title: 'Peer advisory assessment',
  lead: 'Sign your organisation up for a peer advisory assessment; Sociaal Werk Nederland forms groups of at least three organisations.',
  signUp: {
    heading: 'Sign up',
    periodFrom: 'Preferred period from',
    periodUntil: 'Preferred period until',
    fte: 'Size (FTE)',
    region: 'Region',
    regionHint: 'For example a province or labour-market region.',
    preferences: 'Wishes (optional)',
    partnersKnown: 'We have already agreed with partner organisations',
    submit: 'Sign up',
    busy: 'Signing up…',
  },
  mine: {
    heading: 'Your sign-up',
    status: { OPEN: 'Waiting for a group', GROUPED: 'In a group' },
    reference: 'Reference for your partners',
    referenceHint: 'Give this reference to your partner organisations when they propose the group.',
  },
  groups: {
    heading: 'Your group',
    none: 'You are not in a group yet.',
    status: { PROPOSED: 'Proposed, waiting for Sociaal Werk Nederland', FORMED: 'Formed', DECLINED: 'Declined' },
    member: '{{name}} ({{place}}, {{fte}} FTE)',
  },
  visits: {
    heading: 'Visits',
    none: 'No visits have been planned yet.',
    caption: 'Visits in your group',
    visited: 'Organisation visited',
    date: 'Date',
    pair: 'Auditors',
    status: { label: 'Status', PLANNED: 'Planned', CONFIRMED: 'Confirmed' },
    auditor: 'Auditor {{n}}',
    chooseAuditor: 'Choose an auditor',
    auditorOption: '{{name}} ({{organisation}})',
    confirm: 'Confirm the date {{date}}',
    confirmBusy: 'Confirming…',
    confirmEffect: 'The date of the visit to your organisation is fixed; after this the visit can no longer be moved.',
    confirmTold: 'The organisations in your group see that the visit is confirmed.',
    plan: {
      heading: 'Plan a visit',
      visited: 'Organisation to visit',
      date: 'Date of the visit',
      submit: 'Plan visit',
      busy: 'Planning…',
    },
  },
  propose: {
    heading: 'Propose a group',
    intro: 'You have already agreed with partners. Enter their references (at least two); Sociaal Werk Nederland confirms the group.',
    partner: 'Reference of partner {{n}}',
    addPartner: 'Another partner',
    submit: 'Propose group',
    busy: 'Proposing…',
  },
  auditors: {
    title: 'Peer auditors',
    lead: 'Staff your organisation nominates to audit colleague organisations. Only trained auditors can be assigned.',
    listHeading: 'Nominated auditors',
    none: 'Nobody nominated yet.',
    caption: '{{count}} auditors',
    name: 'Name',
    training: 'Training',
    validUntil: 'Valid until',
    status: { UNTRAINED: 'No training yet', VALID: 'Valid', EXPIRED: 'Expired' },
    trainedBy: '{{date}}, {{provider}}',
    loadMore: 'More auditors',
    nominate: {
      heading: 'Nominate a member of staff',
      person: 'Member of staff',
      choose: 'Choose a member of staff',
      submit: 'Nominate',
      busy: 'Nominating…',
      nobody: 'Everyone in your organisation has been nominated.',
    },
    record: {
      start: 'Record training',
      open: 'Record training for {{name}}',
      trainedOn: 'Date of the training',
      provider: 'Provider',
      submit: 'Save training',
      busy: 'Saving…',
      cancel: 'Cancel',
    },
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    peerReview: typeof nl;
  }
}

registerTexts('peerReview', { nl, en });

export function usePeerReviewTexts() {
  const { t: p } = useTranslation('peerReview');
  const { t } = useTranslation();
  return { p, locale: t('locale') };
}
