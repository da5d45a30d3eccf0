import type { ProcessMessage } from '../../../../workflows/src/activities';

/**
 * The workflow reports what happened and what is asked as codes with data; these are the words for them,
 * in Dutch and English. They are rendered when read, in the reader's language, so the same audit trail and
 * notifications read naturally for everyone. Dutch is also what mail and the stored fallback text use.
 */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

type Params = Record<string, string | number>;
type Text = (p: Params, l: Locale) => string;

const TIME_ZONE = 'Europe/Amsterdam';
const date = (iso: string | number | undefined, l: Locale): string => {
  if (iso === undefined) return '';
  const text = String(iso);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const value = new Date(day ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(value.getTime())) return text;
  const locale = l === 'nl' ? 'nl-NL' : 'en-GB';
  return day
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(value)
    : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(value);
};
const dates = (list: string | number | undefined, l: Locale) =>
  String(list ?? '')
    .split(',')
    .filter(Boolean)
    .map((d) => date(d, l))
    .join('; ');

const DEADLINE: Record<string, Record<Locale, string>> = {
  SELF_EVALUATION: { nl: 'de zelfevaluatie', en: 'the self-evaluation' },
  DRAFT_REPORT_REPLY: { nl: 'de reactie op het conceptrapport', en: 'the reply to the draft report' },
  IMPROVEMENT_PLAN: { nl: 'het verbeterplan', en: 'the improvement plan' },
  PEER_VISIT_SCHEDULING: { nl: 'het afspreken van de visitaties van de intercollegiale groep', en: "agreeing the peer group's visits" },
  PEER_REPORTING: { nl: 'het definitief maken van de leerrapporten van de groep', en: "making the group's learning reports final" },
};
/** The words for a running deadline (its kind as the workflow names it). */
export const deadline = (kind: string | number | undefined, l: Locale) => DEADLINE[String(kind)]?.[l] ?? String(kind ?? '');

const ADVICE: Record<string, Record<Locale, string>> = {
  POSITIVE: { nl: 'positief', en: 'positive' },
  POSITIVE_WITH_CONDITIONS: { nl: 'positief onder voorwaarden', en: 'positive with conditions' },
  NEGATIVE: { nl: 'negatief', en: 'negative' },
};

/** The auditors' advice in words, lower case as it reads inside a sentence. */
export const adviceText = (advice: string, l: Locale): string => ADVICE[advice]?.[l] ?? advice;

const both = (nl: string, en: string): Text => (_p, l) => (l === 'nl' ? nl : en);

/** One line per audit-trail event. */
const EVENTS: Record<string, Text> = {
  startCycle: both('Cyclus gestart', 'Cycle started'),
  completePreparation: both('Voorbereiding afgerond; zelfevaluatie gestart', 'Preparation completed; self-evaluation started'),
  submitSelfEvaluation: both('Zelfevaluatie ingediend', 'Self-evaluation submitted'),
  completeInternalAudit: both('Interne audit afgerond', 'Internal audit completed'),
  engageCertifyingInstitution: both('Certificerende instelling gevraagd', 'Certifying institution engaged'),
  acceptEngagement: (p, l) => (l === 'nl' ? `Opdracht aanvaard; ${p.days} auditdag(en)` : `Engagement accepted; ${p.days} audit day(s)`),
  declineEngagement: (p, l) => (l === 'nl' ? `Opdracht geweigerd door de certificerende instelling: ${p.text}` : `Engagement declined by the certifying institution: ${p.text}`),
  proposeAuditDates: (p, l) => (l === 'nl' ? `Auditdata voorgesteld: ${dates(p.dates, l)}` : `Audit dates proposed: ${dates(p.dates, l)}`),
  confirmAuditDate: (p, l) => (l === 'nl' ? `Auditdatum bevestigd: ${date(p.date, l)}` : `Audit date confirmed: ${date(p.date, l)}`),
  issueDraftReport: both('Conceptrapport uitgebracht', 'Draft report issued'),
  replyToDraftReport: both('Reactie op het conceptrapport gegeven', 'Reply to the draft report given'),
  issueFinalReport: (p, l) => {
    const advice = adviceText(String(p.advice), l);
    return l === 'nl' ? `Eindrapport uitgebracht; advies ${advice}` : `Final report issued; advice ${advice}`;
  },
  submitImprovementPlan: both('Verbeterplan ingediend', 'Improvement plan submitted'),
  planAccepted: both('Verbeterplan geaccepteerd', 'Improvement plan accepted'),
  planReturned: both('Verbeterplan teruggegeven met opmerkingen', 'Improvement plan returned with comments'),
  awarded: (p, l) => (l === 'nl' ? `Label toegekend; certificaat ${p.number}` : `Label awarded; certificate ${p.number}`),
  refused: both('Label geweigerd', 'Label refused'),
  deferred: both('Besluit aangehouden', 'Decision deferred'),
  suspendCertificate: both('Certificaat geschorst', 'Certificate suspended'),
  reinstateCertificate: both('Schorsing opgeheven', 'Suspension lifted'),
  withdrawCertificate: both('Certificaat ingetrokken', 'Certificate withdrawn'),
  deadlinePassed: (p, l) => (l === 'nl' ? `Termijn verstreken (${deadline(p.kind, l)})` : `Deadline passed (${deadline(p.kind, l)})`),
  certificateRenewed: both('Certificaat vervangen door de volgende cyclus', 'Certificate replaced by the next cycle'),
  openNextCycle: both('Volgende cyclus geopend voor hercertificering', 'Next cycle opened for recertification'),
  certificateExpired: both('Certificaat verlopen', 'Certificate expired'),
  'peer-AWAITING_GROUP': both('Wacht op een intercollegiale groep', 'Waiting for a peer group'),
  'peer-GROUP_FORMED': both('Intercollegiale groep gevormd; visitaties worden gepland', 'Peer group formed; visits are being planned'),
  'peer-VISITS_PLANNED': both('Alle visitaties van de groep bevestigd', "All of the group's visits confirmed"),
  'peer-REPORTS_FINAL': both('Alle leerrapporten van de groep definitief', "All of the group's learning reports final"),
  peerReviewRegistered: (p, l) =>
    l === 'nl' ? `Intercollegiale toetsing ingeschreven in het register, geldig tot ${date(p.validUntil, l)}` : `Peer assessment registered, valid until ${date(p.validUntil, l)}`,
  peerReviewExpired: both('Inschrijving van de intercollegiale toetsing verlopen', 'Peer assessment registration expired'),
};

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Title and body per notification; `text` is a person's own words (a reason, comments), shown as written. */
const NOTICES: Record<string, { title: Text; body?: Text }> = {
  engaged: { title: both('Nieuwe aanvraag voor een externe audit', 'New request for an external audit') },
  accepted: { title: both('De certificerende instelling heeft de opdracht aanvaard', 'The certifying institution accepted the engagement') },
  declined: {
    title: both('De certificerende instelling heeft de opdracht geweigerd; vraag een andere instelling', 'The certifying institution declined the engagement; engage another institution'),
  },
  dates: { title: both('Kies een auditdatum', 'Choose an audit date') },
  'date-confirmed': { title: (p, l) => (l === 'nl' ? `Auditdatum bevestigd: ${date(p.date, l)}` : `Audit date confirmed: ${date(p.date, l)}`) },
  draft: { title: both('Het conceptrapport staat klaar voor uw reactie', 'The draft report is ready for your reply') },
  replied: { title: both('De organisatie heeft op het conceptrapport gereageerd', 'The organisation replied to the draft report') },
  final: { title: both('Het eindrapport is uitgebracht; stel het verbeterplan op', 'The final report is out; draft the improvement plan') },
  plan: { title: both('Het verbeterplan is ingediend', 'The improvement plan was submitted') },
  'plan-accepted': { title: both('Verbeterplan geaccepteerd; de cyclus wacht op een besluit', 'Improvement plan accepted; the cycle awaits a decision') },
  'plan-returned': { title: both('Het verbeterplan is teruggegeven met opmerkingen', 'The improvement plan was returned with comments') },
  awarded: {
    title: (p, l) => (l === 'nl' ? `Het kwaliteitslabel is toegekend (certificaat ${p.number})` : `The quality label was awarded (certificate ${p.number})`),
  },
  refused: { title: both('Het kwaliteitslabel is niet toegekend', 'The quality label was not awarded') },
  deferred: { title: both('Het besluit is aangehouden', 'The decision was deferred') },
  suspended: { title: both('Het certificaat is geschorst', 'The certificate was suspended') },
  reinstated: { title: both('De schorsing van het certificaat is opgeheven', "The certificate's suspension was lifted") },
  withdrawn: { title: both('Het certificaat is ingetrokken', 'The certificate was withdrawn') },
  remind: {
    title: both('Herinnering: er loopt een termijn af', 'Reminder: a deadline is coming up'),
    body: (p, l) => (l === 'nl' ? `Uiterlijk ${date(p.due, l)}: ${deadline(p.kind, l)}.` : `By ${date(p.due, l)}: ${deadline(p.kind, l)}.`),
  },
  overdue: {
    title: both('Termijn verstreken', 'Deadline passed'),
    body: (p, l) =>
      l === 'nl' ? `De termijn voor ${deadline(p.kind, l)} is op ${date(p.due, l)} verstreken.` : `The deadline for ${deadline(p.kind, l)} passed on ${date(p.due, l)}.`,
  },
  recertification: {
    title: both('Tijd voor hercertificering: de volgende cyclus staat klaar', 'Time to recertify: the next cycle is ready'),
    body: (p, l) => (l === 'nl' ? `Het certificaat is geldig tot ${date(p.validUntil, l)}.` : `The certificate is valid until ${date(p.validUntil, l)}.`),
  },
  expired: { title: both('Het certificaat is verlopen', 'The certificate has expired') },
  'peer-GROUP_FORMED': { title: both('Uw intercollegiale groep is gevormd; plan de visitaties', 'Your peer group is formed; plan the visits') },
  'peer-VISITS_PLANNED': { title: both('Alle visitaties van uw groep zijn bevestigd', "All of your group's visits are confirmed") },
  'peer-REPORTS_FINAL': {
    title: both('Alle leerrapporten van de groep zijn definitief; de toetsing kan worden ingeschreven', "All of the group's learning reports are final; the assessment can be registered"),
    body: both('Stel uw verbeteracties op uit de leerpunten.', 'Draft your improvement actions from the learning points.'),
  },
  'peer-registered': {
    title: both('Uw intercollegiale toetsing staat in het register', 'Your peer assessment is in the register'),
    body: (p, l) => (l === 'nl' ? `Geldig tot ${date(p.validUntil, l)}.` : `Valid until ${date(p.validUntil, l)}.`),
  },
  'peer-expired': { title: both('De inschrijving van de intercollegiale toetsing is verlopen', 'The peer assessment registration has expired') },
  'respondent-invited': {
    title: both('U bent gevraagd om uw kijk op de normen te geven', 'You are asked for your view on the norms'),
    body: (p, l) =>
      l === 'nl'
        ? `Geef voor de zelfevaluatie aan wat goed gaat en wat beter kan, uiterlijk ${date(p.due, l)}.`
        : `Say what goes well and what could be better, for the self-evaluation, by ${date(p.due, l)}.`,
  },
  'respondent-remind': {
    title: both('Herinnering: uw kijk op de normen', 'Reminder: your view on the norms'),
    body: (p, l) => (l === 'nl' ? `Uw antwoorden worden uiterlijk ${date(p.due, l)} verwacht.` : `Your answers are due by ${date(p.due, l)}.`),
  },
  // The learning year (modules/learning, learning-year.workflow): inviting, never blaming.
  'learning-nudge': {
    title: both('Wat heeft u deze maand geleerd?', 'What did you learn this month?'),
    body: (p, l) =>
      l === 'nl'
        ? `Zet uw leertijd van ${p.month} ${p.year} erbij: een training, intervisie, iets gelezen of meegelopen telt allemaal mee. Het kost een paar seconden.`
        : `Add your learning time of ${MONTHS_EN[Number(p.monthNumber) - 1] ?? p.month} ${p.year}: a training, intervision, reading or shadowing all count. It takes a few seconds.`,
  },
  'learning-quarter': {
    title: (p, l) => (l === 'nl' ? `Leeroverzicht kwartaal ${p.quarter} van ${p.year}` : `Learning overview, quarter ${p.quarter} of ${p.year}`),
    body: (p, l) =>
      l === 'nl'
        ? `De cijfers van ${p.teams} teams staan klaar in Ruimte voor leren (${p.shown} met genoeg bijdragen om te tonen). Wat ging goed, en wat drukte op het leren?`
        : `The figures of ${p.teams} teams are ready under Room for learning (${p.shown} with enough contributions to show). What went well, and what pressed on learning?`,
  },
  'learning-under-norm': {
    title: (p, l) => (l === 'nl' ? `Ruimte voor leren in team ${p.team}` : `Room for learning in team ${p.team}`),
    body: (p, l) =>
      l === 'nl'
        ? `In kwartaal ${p.quarter} van ${p.year} gebruikte het team minder dan ${p.percent}% van de geboden leertijd. Misschien goed om samen te bespreken wat het leren in de weg zat en wat helpt; u kunt het ook als context bij de maand noteren.`
        : `In quarter ${p.quarter} of ${p.year} the team used less than ${p.percent}% of the learning time offered. It may help to talk together about what stood in the way and what helps; you can also note it as context beside the month.`,
  },
  'learning-scan-open': {
    title: (p, l) => (l === 'nl' ? `De leerklimaatscan staat open: ${p.period}` : `The learning-climate scan is open: ${p.period}`),
    body: both('Een paar stellingen over leren in uw team, anoniem. Uw kijk helpt het team verder.', 'A few statements about learning in your team, anonymous. Your view helps the team along.'),
  },
  'learning-year-closed': {
    title: (p, l) => (l === 'nl' ? `Het leerjaar ${p.year} is afgesloten` : `The learning year ${p.year} is closed`),
    body: (p, l) =>
      l === 'nl'
        ? `Het leerjaarverslag staat klaar: ${p.met} van de ${p.teams} teams haalden de eigen leernorm.`
        : `The learning year report is ready: ${p.met} of the ${p.teams} teams met their own learning norm.`,
  },
  // About the account, not a cycle (written by the api's login, see modules/auth).
  'login-limited': {
    title: both('Inloggen op uw account is tijdelijk beperkt', 'Signing in to your account is temporarily limited'),
    body: (p, l) =>
      l === 'nl'
        ? `Er is ${p.failures} keer een verkeerd wachtwoord voor uw account ingevoerd op apparaten waarop u niet eerder inlogde. ` +
          `Tot ten minste ${date(p.until, l)} kan alleen worden ingelogd op een apparaat waarop u eerder inlogde; daar werkt uw wachtwoord gewoon. ` +
          'Was u dit niet zelf, dan probeert iemand anders mogelijk op uw account in te loggen.'
        : `A wrong password for your account was entered ${p.failures} times on devices you had not signed in on before. ` +
          `Until at least ${date(p.until, l)} only a device you signed in on before can sign in; your password works there as usual. ` +
          'If this was not you, someone else may be trying to sign in to your account.',
  },
};

/** An audit-trail line; an unknown code (from a newer version) is shown as the code, never as nothing. */
export function eventText(message: ProcessMessage, locale: Locale): string {
  return EVENTS[message.code]?.(message.params ?? {}, locale) ?? message.code;
}

export function noticeText(message: ProcessMessage, locale: Locale): { title: string; body: string } {
  const notice = NOTICES[message.code];
  const params = message.params ?? {};
  const own = params.text === undefined ? '' : String(params.text);
  if (!notice) return { title: message.code, body: own };
  return { title: notice.title(params, locale), body: notice.body?.(params, locale) ?? own };
}

/** The reader's language, negotiated from the request's Accept-Language header; Dutch when none fits. */
export function localeOf(req: { acceptsLanguages(...langs: string[]): string | false }): Locale {
  const chosen = req.acceptsLanguages(...LOCALES);
  return chosen === 'en' ? 'en' : DEFAULT_LOCALE;
}
