import type { CyclePhase, CycleStage, CycleVariant, NormScore, Role, StepStatus } from '../gql/graphql';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];
export const DEFAULT_LANG: Lang = 'nl';

/**
 * Every text on screen. Typed per enum with Record<…> so a new phase, stage or role in the schema fails
 * the type check until both languages name it. Texts with values are small functions, not templates.
 */
export interface Messages {
  /** BCP 47 tag for Intl (dates, numbers). */
  locale: string;
  appName: string;
  skipToContent: string;
  language: { label: string; names: Record<Lang, string> };
  common: { loading: string; retry: string; yes: string; no: string };
  login: { title: string; intro: string; email: string; password: string; submit: string; busy: string };
  header: { signedInAs: string; logout: string; loggingOut: string };
  role: Record<Role, string>;
  phase: Record<CyclePhase, string>;
  stage: Record<CycleStage, string>;
  stepStatus: Record<StepStatus, string>;
  variant: Record<CycleVariant, string>;
  score: Record<NormScore, string>;
  organisation: { noCycle: string; noCycleAskOfficer: string; fte: (n: string) => string };
  start: {
    title: string;
    intro: string;
    variant: string;
    scope: string;
    wholeOrganisation: string;
    units: string;
    unitsHint: string;
    fte: string;
    fteInvalid: string;
    framework: string;
    noFramework: string;
    submit: string;
    busy: string;
  };
  cycle: { timeline: string; phase: string; since: (date: string) => string };
  illustrative: string;
  preparation: {
    title: string;
    variant: string;
    scope: string;
    wholeOrganisation: string;
    fte: string;
    framework: string;
    complete: string;
    busy: string;
    waitingForOfficer: string;
  };
  selfEvaluation: {
    title: string;
    progressLabel: string;
    progress: (done: number, total: number) => string;
    score: string;
    goesWell: string;
    toImprove: string;
    explanation: string;
    description: string;
    guidance: string;
    competencies: string;
    lastSaved: (name: string, date: string) => string;
    saving: string;
    saved: string;
    notSaved: (reason: string) => string;
    readOnly: string;
    submitTitle: string;
    submitHint: string;
    submit: string;
    busy: string;
    unsavedBeforeSubmit: string;
    submitted: (date: string) => string;
    noNorms: string;
  };
  cycles: {
    title: string;
    caption: (shown: number, total: number) => string;
    organisation: string;
    place: string;
    phase: string;
    progress: string;
    empty: string;
  };
  errors: { network: string; unexpected: string; sessionEnded: string; loginAgain: string };
  /** Texts per `extensions.code`; a code missing here shows the server's own (English) message. */
  refusals: Partial<Record<string, (details: Record<string, unknown>) => string>>;
}

const listOf = (details: Record<string, unknown>, key: string): string =>
  Array.isArray(details[key]) ? (details[key] as unknown[]).join(', ') : '';

const nl: Messages = {
  locale: 'nl-NL',
  appName: 'LabelCycle',
  skipToContent: 'Naar de inhoud',
  language: { label: 'Taal', names: { nl: 'Nederlands', en: 'English' } },
  common: { loading: 'Laden…', retry: 'Opnieuw proberen', yes: 'Ja', no: 'Nee' },
  login: {
    title: 'Inloggen',
    intro: 'Log in om de certificeringscyclus van het Kwaliteitslabel Sterk Sociaal Werk te volgen.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    busy: 'Bezig met inloggen…',
  },
  header: { signedInAs: 'Ingelogd als', logout: 'Uitloggen', loggingOut: 'Bezig met uitloggen…' },
  role: {
    ORG_QUALITY_OFFICER: 'Kwaliteitsfunctionaris',
    ORG_INTERNAL_AUDITOR: 'Interne auditor',
    ORG_VIEWER: 'Meelezer',
    CI_MANAGER: 'Certificatiemanager',
    AUDITOR: 'Auditor',
    SECTOR_ADMIN: 'Secretariaat',
    SECTOR_DECIDER: 'Lid beslissingscommissie',
  },
  phase: {
    PREPARATION: 'Voorbereiding',
    SELF_EVALUATION: 'Zelfevaluatie',
    INTERNAL_AUDIT: 'Interne audit',
    EXTERNAL_AUDIT: 'Externe audit',
    IMPROVEMENT_PLAN: 'Verbeterplan',
    DECISION: 'Besluit',
    CERTIFIED: 'Gecertificeerd',
    REFUSED: 'Niet toegekend',
    EXPIRED: 'Verlopen',
    WITHDRAWN: 'Ingetrokken',
    RENEWED: 'Vernieuwd',
  },
  stage: {
    PREPARATION: 'Voorbereiding',
    SELF_EVALUATION: 'Zelfevaluatie',
    INTERNAL_AUDIT: 'Interne audit',
    EXTERNAL_AUDIT: 'Externe audit',
    IMPROVEMENT_PLAN: 'Verbeterplan',
    DECISION: 'Besluit',
    CERTIFIED: 'Gecertificeerd',
  },
  stepStatus: { DONE: 'afgerond', CURRENT: 'huidige stap', UPCOMING: 'nog niet begonnen' },
  variant: {
    EXTERNAL_AUDIT: 'Externe audit',
    PEER_REVIEW: 'Intercollegiale adviesmeting',
    COMBINED: 'Combinatietoets',
  },
  score: {
    MEETS: 'Voldoet',
    PARTLY_MEETS: 'Voldoet deels',
    DOES_NOT_MEET: 'Voldoet niet',
    NOT_APPLICABLE: 'Niet van toepassing',
  },
  organisation: {
    noCycle: 'Er loopt op dit moment geen cyclus.',
    noCycleAskOfficer: 'De kwaliteitsfunctionaris van uw organisatie kan een nieuwe cyclus starten.',
    fte: (n) => `${n} fte`,
  },
  start: {
    title: 'Nieuwe cyclus starten',
    intro: 'Leg vast hoe de organisatie zich laat toetsen. Het normenkader staat daarna vast voor de hele cyclus.',
    variant: 'Variant',
    scope: 'Reikwijdte',
    wholeOrganisation: 'Hele organisatie',
    units: 'Onderdelen',
    unitsHint: 'Scheid de namen met komma’s, bijvoorbeeld: Team Noord, Team Zuid',
    fte: 'Aantal fte',
    fteInvalid: 'Vul het aantal fte in als getal groter dan 0, bijvoorbeeld 42,5.',
    framework: 'Normenkader',
    noFramework: 'Er is nog geen gepubliceerd normenkader. Neem contact op met de sectororganisatie.',
    submit: 'Cyclus starten',
    busy: 'Cyclus wordt gestart…',
  },
  cycle: { timeline: 'Verloop van de cyclus', phase: 'Huidige fase', since: (d) => `sinds ${d}` },
  illustrative: 'Demonstratienormen: dit zijn geen officiële normteksten.',
  preparation: {
    title: 'Voorbereiding',
    variant: 'Variant',
    scope: 'Reikwijdte',
    wholeOrganisation: 'Hele organisatie',
    fte: 'Aantal fte',
    framework: 'Normenkader',
    complete: 'Voorbereiding afronden',
    busy: 'Voorbereiding wordt afgerond…',
    waitingForOfficer: 'De kwaliteitsfunctionaris rondt de voorbereiding af; daarna opent de zelfevaluatie.',
  },
  selfEvaluation: {
    title: 'Zelfevaluatie',
    progressLabel: 'Voortgang zelfevaluatie',
    progress: (done, total) => `${done} van ${total} normen gescoord`,
    score: 'Score',
    goesWell: 'Wat gaat goed',
    toImprove: 'Wat kan beter',
    explanation: 'Toelichting',
    description: 'Omschrijving',
    guidance: 'Handreiking',
    competencies: 'Competenties',
    lastSaved: (name, date) => `Laatst opgeslagen door ${name} op ${date}`,
    saving: 'Opslaan…',
    saved: 'Opgeslagen',
    notSaved: (reason) => `Niet opgeslagen: ${reason} Uw tekst blijft staan; bij de volgende wijziging proberen we het opnieuw.`,
    readOnly: 'De zelfevaluatie is alleen te lezen.',
    submitTitle: 'Indienen',
    submitHint: 'Elke norm heeft een score nodig. Na het indienen liggen de antwoorden vast.',
    submit: 'Zelfevaluatie indienen',
    busy: 'Zelfevaluatie wordt ingediend…',
    unsavedBeforeSubmit: 'Niet alle antwoorden zijn opgeslagen. Controleer de meldingen bij de normen en probeer het opnieuw.',
    submitted: (d) => `Ingediend op ${d}. De antwoorden liggen vast.`,
    noNorms: 'Dit normenkader bevat geen normen.',
  },
  cycles: {
    title: 'Cycli',
    caption: (shown, total) =>
      shown === total ? (total === 1 ? '1 cyclus' : `${total} cycli`) : `${shown} van ${total} cycli`,
    organisation: 'Organisatie',
    place: 'Plaats',
    phase: 'Fase',
    progress: 'Voortgang',
    empty: 'Er zijn nog geen cycli die u mag zien.',
  },
  errors: {
    network: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
    unexpected: 'Er ging iets mis. Probeer het opnieuw.',
    sessionEnded: 'U bent niet (meer) ingelogd.',
    loginAgain: 'Opnieuw inloggen',
  },
  refusals: {
    UNAUTHENTICATED: (d) => (d.field === 'password' ? 'E-mailadres of wachtwoord klopt niet.' : 'Log eerst in.'),
    RATE_LIMITED: () => 'Te veel mislukte pogingen om in te loggen. Wacht een kwartier en probeer het opnieuw.',
    NOT_ALLOWED: () => 'Uw rol mag dit niet doen.',
    NOT_FOUND: () => 'Dit is niet (meer) te vinden.',
    WRONG_PHASE: () => 'Dit kan niet in de fase waarin de cyclus nu is. Vernieuw de pagina om de actuele stand te zien.',
    LOCKED: () => 'De zelfevaluatie is ingediend; de antwoorden kunnen niet meer veranderen.',
    INCOMPLETE: (d) => {
      const norms = listOf(d, 'unscoredNormCodes');
      return norms ? `Nog niet alle normen hebben een score. Nog te scoren: ${norms}.` : 'Er ontbreekt nog iets.';
    },
  },
};

const en: Messages = {
  locale: 'en-GB',
  appName: 'LabelCycle',
  skipToContent: 'Skip to content',
  language: { label: 'Language', names: { nl: 'Nederlands', en: 'English' } },
  common: { loading: 'Loading…', retry: 'Try again', yes: 'Yes', no: 'No' },
  login: {
    title: 'Log in',
    intro: 'Log in to follow the certification cycle of the Kwaliteitslabel Sterk Sociaal Werk.',
    email: 'Email address',
    password: 'Password',
    submit: 'Log in',
    busy: 'Logging in…',
  },
  header: { signedInAs: 'Signed in as', logout: 'Log out', loggingOut: 'Logging out…' },
  role: {
    ORG_QUALITY_OFFICER: 'Quality officer',
    ORG_INTERNAL_AUDITOR: 'Internal auditor',
    ORG_VIEWER: 'Viewer',
    CI_MANAGER: 'Certification manager',
    AUDITOR: 'Auditor',
    SECTOR_ADMIN: 'Secretariat',
    SECTOR_DECIDER: 'Decision committee member',
  },
  phase: {
    PREPARATION: 'Preparation',
    SELF_EVALUATION: 'Self-evaluation',
    INTERNAL_AUDIT: 'Internal audit',
    EXTERNAL_AUDIT: 'External audit',
    IMPROVEMENT_PLAN: 'Improvement plan',
    DECISION: 'Decision',
    CERTIFIED: 'Certified',
    REFUSED: 'Not awarded',
    EXPIRED: 'Expired',
    WITHDRAWN: 'Withdrawn',
    RENEWED: 'Renewed',
  },
  stage: {
    PREPARATION: 'Preparation',
    SELF_EVALUATION: 'Self-evaluation',
    INTERNAL_AUDIT: 'Internal audit',
    EXTERNAL_AUDIT: 'External audit',
    IMPROVEMENT_PLAN: 'Improvement plan',
    DECISION: 'Decision',
    CERTIFIED: 'Certified',
  },
  stepStatus: { DONE: 'done', CURRENT: 'current step', UPCOMING: 'not started' },
  variant: { EXTERNAL_AUDIT: 'External audit', PEER_REVIEW: 'Peer review', COMBINED: 'Combined assessment' },
  score: {
    MEETS: 'Meets',
    PARTLY_MEETS: 'Partly meets',
    DOES_NOT_MEET: 'Does not meet',
    NOT_APPLICABLE: 'Not applicable',
  },
  organisation: {
    noCycle: 'No cycle is running at the moment.',
    noCycleAskOfficer: "Your organisation's quality officer can start a new cycle.",
    fte: (n) => `${n} FTE`,
  },
  start: {
    title: 'Start a new cycle',
    intro: 'Record how the organisation will be assessed. The framework is then fixed for the whole cycle.',
    variant: 'Variant',
    scope: 'Scope',
    wholeOrganisation: 'Whole organisation',
    units: 'Units',
    unitsHint: 'Separate the names with commas, for example: Team North, Team South',
    fte: 'Number of FTE',
    fteInvalid: 'Enter the number of FTE as a number above 0, for example 42.5.',
    framework: 'Framework',
    noFramework: 'No framework has been published yet. Contact the sector body.',
    submit: 'Start cycle',
    busy: 'Starting the cycle…',
  },
  cycle: { timeline: 'Course of the cycle', phase: 'Current phase', since: (d) => `since ${d}` },
  illustrative: 'Demonstration norms: these are not the official norm texts.',
  preparation: {
    title: 'Preparation',
    variant: 'Variant',
    scope: 'Scope',
    wholeOrganisation: 'Whole organisation',
    fte: 'Number of FTE',
    framework: 'Framework',
    complete: 'Complete preparation',
    busy: 'Completing preparation…',
    waitingForOfficer: 'The quality officer completes the preparation; then the self-evaluation opens.',
  },
  selfEvaluation: {
    title: 'Self-evaluation',
    progressLabel: 'Self-evaluation progress',
    progress: (done, total) => `${done} of ${total} norms scored`,
    score: 'Score',
    goesWell: 'What goes well',
    toImprove: 'What could be better',
    explanation: 'Explanation',
    description: 'Description',
    guidance: 'Guidance',
    competencies: 'Competencies',
    lastSaved: (name, date) => `Last saved by ${name} on ${date}`,
    saving: 'Saving…',
    saved: 'Saved',
    notSaved: (reason) => `Not saved: ${reason} Your text stays here; we try again on your next change.`,
    readOnly: 'The self-evaluation is read-only.',
    submitTitle: 'Submit',
    submitHint: 'Every norm needs a score. After submitting, the answers are locked.',
    submit: 'Submit self-evaluation',
    busy: 'Submitting the self-evaluation…',
    unsavedBeforeSubmit: 'Not every answer was saved. Check the messages at the norms and try again.',
    submitted: (d) => `Submitted on ${d}. The answers are locked.`,
    noNorms: 'This framework has no norms.',
  },
  cycles: {
    title: 'Cycles',
    caption: (shown, total) =>
      shown === total ? (total === 1 ? '1 cycle' : `${total} cycles`) : `${shown} of ${total} cycles`,
    organisation: 'Organisation',
    place: 'Place',
    phase: 'Phase',
    progress: 'Progress',
    empty: 'There are no cycles you may see yet.',
  },
  errors: {
    network: 'The server cannot be reached. Check the connection and try again.',
    unexpected: 'Something went wrong. Please try again.',
    sessionEnded: 'You are not (or no longer) logged in.',
    loginAgain: 'Log in again',
  },
  refusals: {
    INCOMPLETE: (d) => {
      const norms = listOf(d, 'unscoredNormCodes');
      return norms ? `Not every norm has a score yet. Still to score: ${norms}.` : 'Something is still missing.';
    },
  },
};

export const MESSAGES: Record<Lang, Messages> = { nl, en };

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}
