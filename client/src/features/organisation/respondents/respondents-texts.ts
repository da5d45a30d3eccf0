import { useTranslation } from 'react-i18next';
import { fieldToCorrect, type UserError } from '../../../lib/errors';
import { registerTexts, type Dictionary } from '../../../i18n/dictionary';
import { useOrgTexts } from '../organisation-texts';

/** Respondents in the self-evaluation: the quality officer's panel and the respondent's own page, in the `respondents` namespace. */
const nl = {
  layer: {
    VOLUNTEER: 'Vrijwilliger',
    PROFESSIONAL: 'Professional',
    SUPPORT_STAFF: 'Ondersteunend personeel',
    TEAM_LEAD: 'Teamleider',
    MANAGEMENT: 'Management',
    BOARD: 'Bestuur',
  },
  panel: {
    title: 'Respondenten',
    intro: 'Vraag mensen uit de organisatie om de normen vanuit hun eigen laag te beantwoorden. Hun scores en teksten verschijnen bij elke norm, naast het gezamenlijke antwoord.',
    closed: 'De zelfevaluatie ligt vast; er kunnen geen respondenten meer bij.',
  },
  invite: {
    title: 'Respondenten uitnodigen',
    people: 'Wie nodigt u uit?',
    peopleHint: 'Kies per persoon de laag van waaruit die antwoordt.',
    layerFor: 'Laag van {{name}}',
    chooseLayer: 'Kies een laag…',
    noMembers: 'Iedereen in de organisatie is al uitgenodigd.',
    categories: 'Welke categorieën?',
    categoriesHint: 'Niets aangevinkt: alle normen.',
    dueDate: 'Antwoorden uiterlijk op',
    dueDateHint: 'Vandaag of later, en niet na de termijn van de zelfevaluatie.',
    submit: 'Uitnodigen',
    busy: 'Uitnodigingen worden verstuurd…',
    sent_one: '1 persoon is uitgenodigd.',
    sent_other: '{{count}} mensen zijn uitgenodigd.',
  },
  list: {
    title: 'Uitnodigingen',
    caption_one: '1 uitnodiging',
    caption_other: '{{count}} uitnodigingen',
    none: 'Er is nog niemand uitgenodigd.',
    name: 'Naam',
    layer: 'Laag',
    scope: 'Normen',
    allNorms: 'Alle normen',
    dueDate: 'Uiterlijk',
    progress: 'Beantwoord',
    progressValue: '{{answered}} van {{total}}',
    status: 'Status',
    submitted: 'Ingediend op {{date}}',
    open: 'Nog niet ingediend',
    more: 'Meer uitnodigingen tonen',
  },
  spread: {
    title: 'Wat respondenten zeggen',
    titleCounts: 'Scores van respondenten',
    summary: '{{submitted}} van {{invited}} respondenten hebben ingediend.',
    caption: 'Scores per laag bij {{code}}',
    group: 'Laag',
    pooled: '{{layers}} (samengevoegd)',
    pooledHint: 'Lagen met minder dan drie antwoorden zijn samengevoegd, zodat niemand herkenbaar is.',
    total: 'Totaal',
    meets: 'Voldoet',
    partlyMeets: 'Deels',
    doesNotMeet: 'Niet',
    notApplicable: 'n.v.t.',
    answers: 'Antwoorden',
    layersDiffer: 'De lagen verschillen: niet elke laag geeft het vaakst dezelfde score.',
    goesWell: 'Wat goed gaat, volgens respondenten',
    toImprove: 'Wat beter kan, volgens respondenten',
    by: '{{name}} ({{layer}})',
    cite: 'Citeren',
    citeIn: 'in “{{field}}”',
    cited: 'Geciteerd',
    none: 'Nog geen ingediende antwoorden op deze norm.',
  },
  task: {
    title: 'Mijn vragenlijsten',
    lead: 'U bent gevraagd de normen van de zelfevaluatie te beantwoorden vanuit uw eigen rol. Alles wordt vanzelf opgeslagen; na het indienen ziet u hoe de anderen scoorden.',
    none: 'Er staat geen vragenlijst voor u klaar.',
    heading: '{{organisation}}: als {{layer}}',
    dueDate: 'Beantwoorden uiterlijk {{date}}',
    statusLabel: 'Status',
    status: {
      open: 'Open',
      submitted: 'Ingediend op {{date}}',
      closed: 'Gesloten: de zelfevaluatie is ingediend',
    },
    progressLabel: 'Voortgang van uw antwoorden',
    progress: '{{done}} van {{total}} normen gescoord',
    lastSaved: 'Opgeslagen op {{date}}',
    submitTitle: 'Indienen',
    submitHint: 'Elke norm heeft een score nodig. Na het indienen liggen uw antwoorden vast.',
    submit: 'Antwoorden indienen',
    busy: 'Antwoorden worden ingediend…',
    unsaved: 'Niet alle antwoorden zijn opgeslagen. Controleer de meldingen bij de normen en probeer het opnieuw.',
    needsScore: 'Geef deze norm nog een score; daarna kunt u indienen.',
    otherScores: 'Zo scoorden de respondenten',
    noSpreadYet: 'Er zijn nog geen scores om te tonen.',
  },
  fieldErrors: {
    invitees: 'Kies minstens één persoon uit uw organisatie, met een laag, die nog niet is uitgenodigd.',
    layer: 'Kies voor elke gekozen persoon een laag.',
    userId: 'Kies mensen uit uw eigen organisatie.',
    categoryCodes: 'Kies categorieën uit het normenkader van deze cyclus.',
    dueDate: 'Kies een datum vanaf vandaag en niet na de termijn van de zelfevaluatie.',
    goesWell: 'De tekst is te lang (hoogstens 10.000 tekens).',
    toImprove: 'De tekst is te lang (hoogstens 10.000 tekens).',
  },
};

const en: Dictionary<typeof nl> = {
  layer: {
    VOLUNTEER: 'Volunteer',
    PROFESSIONAL: 'Professional',
    SUPPORT_STAFF: 'Support staff',
    TEAM_LEAD: 'Team lead',
    MANAGEMENT: 'Management',
    BOARD: 'Board',
  },
  panel: {
    title: 'Respondents',
    intro: 'Ask people of the organisation to answer the norms from their own layer. Their scores and texts appear at each norm, beside the consolidated answer.',
    closed: 'The self-evaluation is fixed; no more respondents can be added.',
  },
  invite: {
    title: 'Invite respondents',
    people: 'Whom do you invite?',
    peopleHint: 'Choose for each person the layer they answer from.',
    layerFor: 'Layer of {{name}}',
    chooseLayer: 'Choose a layer…',
    noMembers: 'Everyone in the organisation has been invited already.',
    categories: 'Which categories?',
    categoriesHint: 'None ticked: all norms.',
    dueDate: 'Answers due by',
    dueDateHint: "Today or later, and not after the self-evaluation's deadline.",
    submit: 'Invite',
    busy: 'Sending the invitations…',
    sent_one: '1 person has been invited.',
    sent_other: '{{count}} people have been invited.',
  },
  list: {
    title: 'Invitations',
    caption_one: '1 invitation',
    caption_other: '{{count}} invitations',
    none: 'Nobody has been invited yet.',
    name: 'Name',
    layer: 'Layer',
    scope: 'Norms',
    allNorms: 'All norms',
    dueDate: 'Due',
    progress: 'Answered',
    progressValue: '{{answered}} of {{total}}',
    status: 'Status',
    submitted: 'Submitted on {{date}}',
    open: 'Not submitted yet',
    more: 'Show more invitations',
  },
  spread: {
    title: 'What respondents say',
    titleCounts: "Respondents' scores",
    summary: '{{submitted}} of {{invited}} respondents have submitted.',
    caption: 'Scores per layer on {{code}}',
    group: 'Layer',
    pooled: '{{layers}} (pooled)',
    pooledHint: 'Layers with fewer than three answers are pooled, so that nobody can be recognised.',
    total: 'Total',
    meets: 'Meets',
    partlyMeets: 'Partly',
    doesNotMeet: 'Does not',
    notApplicable: 'N/a',
    answers: 'Answers',
    layersDiffer: 'The layers differ: not every layer gives the same score most often.',
    goesWell: 'What goes well, according to respondents',
    toImprove: 'What could be better, according to respondents',
    by: '{{name}} ({{layer}})',
    cite: 'Cite',
    citeIn: 'in “{{field}}”',
    cited: 'Cited',
    none: 'No submitted answers on this norm yet.',
  },
  task: {
    title: 'My questionnaires',
    lead: 'You have been asked to answer the norms of the self-evaluation from your own role. Everything is saved as you go; after submitting you see how the others scored.',
    none: 'There is no questionnaire waiting for you.',
    heading: '{{organisation}}: as {{layer}}',
    dueDate: 'Answer by {{date}}',
    statusLabel: 'Status',
    status: {
      open: 'Open',
      submitted: 'Submitted on {{date}}',
      closed: 'Closed: the self-evaluation has been submitted',
    },
    progressLabel: 'Progress of your answers',
    progress: '{{done}} of {{total}} norms scored',
    lastSaved: 'Saved on {{date}}',
    submitTitle: 'Submit',
    submitHint: 'Every norm needs a score. After submitting your answers are fixed.',
    submit: 'Submit answers',
    busy: 'Submitting the answers…',
    unsaved: 'Not every answer has been saved. Check the messages at the norms and try again.',
    needsScore: 'Give this norm a score; then you can submit.',
    otherScores: 'How the respondents scored',
    noSpreadYet: 'There are no scores to show yet.',
  },
  fieldErrors: {
    invitees: 'Choose at least one person of your organisation, with a layer, who has not been invited yet.',
    layer: 'Choose a layer for every person you chose.',
    userId: 'Choose people of your own organisation.',
    categoryCodes: "Choose categories from this cycle's framework.",
    dueDate: "Choose a date from today, not after the self-evaluation's deadline.",
    goesWell: 'The text is too long (at most 10,000 characters).',
    toImprove: 'The text is too long (at most 10,000 characters).',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    respondents: typeof nl;
  }
}

registerTexts('respondents', { nl, en });

type FieldWithText = keyof typeof nl.fieldErrors;
const FIELDS_WITH_TEXT = new Set<string>(Object.keys(nl.fieldErrors));

/** The respondents' texts (`r`), with the organisation's (`o`, `t`, locale); refusals worded by their field first. */
export function useRespondentTexts() {
  const { t: r } = useTranslation('respondents');
  const org = useOrgTexts();
  const errorText = (error: UserError): string => {
    const field = fieldToCorrect(error);
    if (field && FIELDS_WITH_TEXT.has(field)) return r(`fieldErrors.${field as FieldWithText}`);
    return org.errorText(error);
  };
  return { ...org, r, errorText };
}
