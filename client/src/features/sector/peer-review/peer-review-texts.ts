import { useTranslation } from 'react-i18next';
import { registerTexts, type Dictionary } from '../../../i18n/dictionary';

/** The sector body's peer-review screen: its texts, in the `sectorPeerReview` namespace. */
const nl = {
  title: 'Intercollegiale adviesmeting',
  intro:
    'Aanmeldingen, voorstellen voor groepen en de groepen zelf. Een groep telt ten minste drie organisaties; de voorstellen groeperen per regio en naar omvang, als hulpmiddel: u beslist.',
  onlyAdmin: 'Alleen het secretariaat vormt, bevestigt of wijst groepen af; u ziet ze hier.',
  period: '{{from}} – {{until}}',
  noCommonPeriod: 'Geen gemeenschappelijke periode',
  member: '{{name}}, {{place}} · {{fte}} fte',
  proposals: {
    heading: 'Voorstellen uit de open aanmeldingen',
    none: 'Er zijn geen open aanmeldingen die samen een groep kunnen vormen.',
    region: 'Regio {{region}}',
    commonPeriod: 'Gemeenschappelijke periode: {{period}}',
    form: 'Groep vormen',
    formLabel: 'Groep vormen in regio {{region}}',
    formed: 'De groep in regio {{region}} is gevormd.',
    unmatchedHeading: 'Niet ingedeeld',
    unmatched: { PARTNERS_KNOWN: 'stelt de eigen groep voor', TOO_FEW_IN_REGION: 'te weinig aanmeldingen in de regio' },
    loadMore: 'Meer voorstellen',
    loadMoreUnmatched: 'Meer niet-ingedeelde aanmeldingen',
  },
  proposed: {
    heading: 'Door organisaties voorgestelde groepen',
    none: 'Er wachten geen voorgestelde groepen op een besluit.',
    caption: 'Voorgestelde groep van {{count}} organisaties',
    confirm: 'Bevestigen',
    confirmLabel: 'Groep van {{names}} bevestigen',
    confirmed: 'De groep is bevestigd.',
    decline: 'Afwijzen…',
    declineLabel: 'Groep van {{names}} afwijzen',
    reason: 'Reden van afwijzing',
    reasonHint: 'De organisaties lezen deze reden; hun aanmeldingen staan daarna weer open.',
    reasonRequired: 'Schrijf de reden op: de organisaties lezen waarom hun groep niet doorgaat.',
    declineYes: 'Afwijzen',
    cancel: 'Annuleren',
    declined: 'De groep is afgewezen.',
  },
  formed: {
    heading: 'Gevormde groepen',
    none: 'Er zijn nog geen groepen gevormd.',
    formedOn: 'Gevormd op {{date}}',
    byThemselves: 'door de organisaties voorgesteld',
    bySector: 'door Sociaal Werk Nederland gevormd',
    loadMore: 'Meer groepen',
    visits: 'Bezoeken',
    noVisits: 'Nog geen bezoeken gepland.',
    visit: '{{visited}}: {{date}}, door {{pair}} ({{status}})',
    visitStatus: { PLANNED: 'gepland', CONFIRMED: 'bevestigd' },
    register: 'Registreren: {{visited}}',
    registerEffect: 'De intercollegiale adviesmeting van {{visited}} komt in het openbare register, zonder certificaat, geldig zo lang als de regels van het normenkader bepalen. Dit kan niet ongedaan worden gemaakt.',
    registerTold: 'Iedereen die het openbare register raadpleegt ziet de inschrijving; er gaat geen bericht uit.',
    registerBusy: 'Bezig met registreren…',
    registered: 'In het register, geldig tot en met {{date}}',
  },
  signUps: {
    heading: 'Alle aanmeldingen',
    none: 'Er zijn nog geen aanmeldingen.',
    caption: '{{count}} aanmeldingen, nieuwste eerst',
    organisation: 'Organisatie',
    region: 'Regio',
    fte: 'Omvang (fte)',
    period: 'Gewenste periode',
    partners: 'Partners',
    partnersKnown: 'al afgesproken',
    partnersOpen: 'nog niet',
    status: 'Status',
    statuses: { OPEN: 'Open', GROUPED: 'In een groep', COMPLETED: 'Geregistreerd' },
    loadMore: 'Meer aanmeldingen',
  },
};

const en: Dictionary<typeof nl> = {
  title: 'Peer advisory assessment',
  intro:
    'Sign-ups, proposed groups and the groups themselves. A group has at least three organisations; the suggestions group by region and size as an aid: you decide.',
  onlyAdmin: 'Only the secretariat forms, confirms or declines groups; you see them here.',
  period: '{{from}} – {{until}}',
  noCommonPeriod: 'No common period',
  member: '{{name}}, {{place}} · {{fte}} FTE',
  proposals: {
    heading: 'Suggestions from the open sign-ups',
    none: 'No open sign-ups can form a group together.',
    region: 'Region {{region}}',
    commonPeriod: 'Common period: {{period}}',
    form: 'Form group',
    formLabel: 'Form group in region {{region}}',
    formed: 'The group in region {{region}} is formed.',
    unmatchedHeading: 'Not grouped',
    unmatched: { PARTNERS_KNOWN: 'proposes its own group', TOO_FEW_IN_REGION: 'too few sign-ups in the region' },
    loadMore: 'More suggestions',
    loadMoreUnmatched: 'More sign-ups not grouped',
  },
  proposed: {
    heading: 'Groups proposed by organisations',
    none: 'No proposed groups are waiting for a decision.',
    caption: 'Proposed group of {{count}} organisations',
    confirm: 'Confirm',
    confirmLabel: 'Confirm the group of {{names}}',
    confirmed: 'The group is confirmed.',
    decline: 'Decline…',
    declineLabel: 'Decline the group of {{names}}',
    reason: 'Reason for declining',
    reasonHint: 'The organisations read this reason; their sign-ups are open again afterwards.',
    reasonRequired: 'Write the reason: the organisations read why their group does not go ahead.',
    declineYes: 'Decline',
    cancel: 'Cancel',
    declined: 'The group is declined.',
  },
  formed: {
    heading: 'Formed groups',
    none: 'No groups have been formed yet.',
    formedOn: 'Formed on {{date}}',
    byThemselves: 'proposed by the organisations',
    bySector: 'formed by Sociaal Werk Nederland',
    loadMore: 'More groups',
    visits: 'Visits',
    noVisits: 'No visits planned yet.',
    visit: '{{visited}}: {{date}}, by {{pair}} ({{status}})',
    visitStatus: { PLANNED: 'planned', CONFIRMED: 'confirmed' },
    register: 'Register: {{visited}}',
    registerEffect: 'The peer advisory assessment of {{visited}} goes into the public register, without a certificate, valid for as long as the rules of the framework set. This cannot be undone.',
    registerTold: 'Anyone who consults the public register sees the entry; no message is sent.',
    registerBusy: 'Registering…',
    registered: 'In the register, valid until {{date}}',
  },
  signUps: {
    heading: 'All sign-ups',
    none: 'There are no sign-ups yet.',
    caption: '{{count}} sign-ups, newest first',
    organisation: 'Organisation',
    region: 'Region',
    fte: 'Size (FTE)',
    period: 'Preferred period',
    partners: 'Partners',
    partnersKnown: 'agreed',
    partnersOpen: 'not yet',
    status: 'Status',
    statuses: { OPEN: 'Open', GROUPED: 'In a group', COMPLETED: 'Registered' },
    loadMore: 'More sign-ups',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    sectorPeerReview: typeof nl;
  }
}

registerTexts('sectorPeerReview', { nl, en });

export function useSectorPeerReviewTexts() {
  const { t: p } = useTranslation('sectorPeerReview');
  const { t } = useTranslation();
  return { p, locale: t('locale') };
}
