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
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    peerReview: typeof nl;
  }
}

registerTexts('peerReview', { nl, en });

export function usePeerReviewTexts() {
  const { t: p } = useTranslation('peerReview');
  return { p };
}
