import { useTranslation } from 'react-i18next';
import { useRefusalText } from '../../components/ui/refusal';
import type { UserError } from '../../lib/errors';
import { formatBytes } from '../../lib/format';
import { registerTexts, type Dictionary } from '../../i18n/dictionary';

/** The evidence screens' texts, kept beside them in their own i18next namespace. */
const nl = {
  libraryTitle: 'Bewijsbibliotheek',
  libraryIntro: 'Documenten die laten zien hoe u aan de normen werkt. Auditoren zien alleen wat aan hun cyclus gekoppeld is.',
  search: 'Zoeken op bestandsnaam',
  empty: 'Nog geen bewijs geüpload.',
  noMatch: 'Geen bestanden met deze naam.',
  caption: '{{shown}} van {{count}} bestanden',
  name: 'Bestand',
  type: 'Soort',
  size: 'Grootte',
  uploadedBy: 'Geüpload door',
  uploadedAt: 'Datum',
  versions_one: '1 versie',
  versions_other: '{{count}} versies',
  loadMore: 'Meer laden',
  dropTitle: 'Bewijs uploaden',
  dropHint: 'Sleep bestanden hierheen of kies ze. PDF, Office, OpenDocument, afbeeldingen, tekst of CSV; hoogstens {{max}}.',
  choose: 'Bestanden kiezen',
  uploading: '{{name}} wordt geüpload',
  progress: '{{percent}}% van {{name}}',
  stored: '{{name}} is opgeslagen.',
  storedAs: '{{name}} is opgeslagen als {{safe}}, zodat het niet als programma of webpagina wordt geopend.',
  alreadyStored: '{{name}} stond al in de bibliotheek; het wordt niet dubbel bewaard.',
  failed: '{{name}} is niet opgeslagen: {{reason}}',
  tooLargeBeforeUpload: '{{name}} is groter dan {{max}} en wordt niet verstuurd.',
  quotaUse: '{{used}} van de {{quota}} opslagruimte van uw organisatie in gebruik.',
  uploadedAs: 'geüpload als {{name}}',
  normEvidence: 'Bewijs bij deze norm',
  actionEvidence: 'Bewijs bij deze actie',
  actionEvidenceSummary: 'Bewijs ({{count}})',
  noneLinked: 'Nog geen bewijs gekoppeld.',
  linkExisting: 'Bewijs uit de bibliotheek koppelen',
  choosePlaceholder: 'Kies een bestand…',
  link: 'Koppelen',
  linking: 'Bezig met koppelen…',
  unlink: 'Ontkoppelen',
  unlinkLabel: 'Ontkoppelen: {{name}}',
  lockedNote: 'vastgelegd',
  download: 'Download {{name}}',
  carriedOverTag: 'uit de vorige cyclus',
  linkedTo: 'Gekoppeld aan',
  notLinked: 'Nergens aan gekoppeld',
  linkIn: '{{target}} ({{phase}})',
  linkedAction: 'verbeteractie',
  linkedAnswer: 'antwoord zelfevaluatie',
  linkedFinding: 'bevinding interne audit',
  unlinkFrom: '{{name}} ontkoppelen van {{target}}',
  actions: 'Acties',
  remove: 'Verwijderen',
  removeLabel: 'Verwijderen: {{name}}',
  removeEffect: '{{name}} wordt uit de bibliotheek verwijderd, met de koppelingen die nog niet vastliggen. Dit kan niet ongedaan worden gemaakt.',
  removeTold: 'Niemand krijgt hiervan bericht.',
  removing: 'Bezig met verwijderen…',
  carryOver: {
    title: 'Bewijs uit de vorige cyclus',
    intro: 'Geef per document aan of het nog geldig is. Nog geldig: het wordt gekoppeld aan dezelfde normen in deze cyclus. Niet meer geldig: het wordt niet meegenomen.',
    answered: '{{done}} van {{total}} documenten beantwoord',
    norms: 'Was gekoppeld aan: {{codes}}',
    question: 'Is {{name}} nog geldig?',
    yes: 'Nog geldig',
    no: 'Niet meer geldig',
    saving: 'Bezig met opslaan…',
    keptNote: 'Gekoppeld aan dezelfde normen.',
    droppedNote: 'Niet meegenomen.',
    openNote: 'Nog niet beantwoord.',
  },
  refusals: {
    TOO_LARGE: 'het bestand is te groot.',
    FILE_NAME_TOO_LONG: 'de bestandsnaam is langer dan {{max}} tekens. Geef het bestand een kortere naam en upload het opnieuw.',
    UNSUPPORTED_TYPE: 'dit soort bestand kan niet als bewijs worden opgeslagen (wel PDF, Office, OpenDocument, afbeeldingen, tekst en CSV).',
    LOCKED: 'deze fase is ingediend; het bewijs ligt vast. U kunt wel een nieuwe versie toevoegen.',
    QUOTA_EXCEEDED: 'het past niet meer in de opslagruimte van uw organisatie ({{used}} van {{quota}} in gebruik). Verwijder bewijs dat niet meer nodig is.',
    UNAVAILABLE: 'uploaden kan nu niet, de bestandsopslag is niet in orde. Meld dit bij de beheerder.',
  },
};

const en: Dictionary<typeof nl> = {
  libraryTitle: 'Evidence library',
  libraryIntro: 'Documents that show how you work on the norms. Auditors see only what is linked to their cycle.',
  search: 'Search by file name',
  empty: 'No evidence uploaded yet.',
  noMatch: 'No files with this name.',
  caption: '{{shown}} of {{count}} files',
  name: 'File',
  type: 'Kind',
  size: 'Size',
  uploadedBy: 'Uploaded by',
  uploadedAt: 'Date',
  versions_one: '1 version',
  versions_other: '{{count}} versions',
  loadMore: 'Load more',
  dropTitle: 'Upload evidence',
  dropHint: 'Drag files here or choose them. PDF, Office, OpenDocument, images, text or CSV; at most {{max}}.',
  choose: 'Choose files',
  uploading: 'Uploading {{name}}',
  progress: '{{percent}}% of {{name}}',
  stored: '{{name}} was saved.',
  storedAs: '{{name}} was saved as {{safe}}, so that it does not open as a program or a web page.',
  alreadyStored: '{{name}} was already in the library; it is not stored twice.',
  failed: '{{name}} was not saved: {{reason}}',
  tooLargeBeforeUpload: '{{name}} is larger than {{max}} and is not sent.',
  quotaUse: '{{used}} of your organisation\'s {{quota}} of storage in use.',
  uploadedAs: 'uploaded as {{name}}',
  normEvidence: 'Evidence for this norm',
  actionEvidence: 'Evidence for this action',
  actionEvidenceSummary: 'Evidence ({{count}})',
  noneLinked: 'No evidence linked yet.',
  linkExisting: 'Link evidence from the library',
  choosePlaceholder: 'Choose a file…',
  link: 'Link',
  linking: 'Linking…',
  unlink: 'Unlink',
  unlinkLabel: 'Unlink: {{name}}',
  lockedNote: 'fixed',
  download: 'Download {{name}}',
  carriedOverTag: 'from the previous cycle',
  linkedTo: 'Linked to',
  notLinked: 'Not linked',
  linkIn: '{{target}} ({{phase}})',
  linkedAction: 'improvement action',
  linkedAnswer: 'self-evaluation answer',
  linkedFinding: 'internal-audit finding',
  unlinkFrom: 'Unlink {{name}} from {{target}}',
  actions: 'Actions',
  remove: 'Delete',
  removeLabel: 'Delete: {{name}}',
  removeEffect: '{{name}} is deleted from the library, with its links that are not fixed yet. This cannot be undone.',
  removeTold: 'Nobody is told.',
  removing: 'Deleting…',
  carryOver: {
    title: 'Evidence from the previous cycle',
    intro: 'Say for each document whether it is still valid. Still valid: it is linked to the same norms in this cycle. No longer valid: it is left behind.',
    answered: '{{done}} of {{total}} documents answered',
    norms: 'Was linked to: {{codes}}',
    question: 'Is {{name}} still valid?',
    yes: 'Still valid',
    no: 'No longer valid',
    saving: 'Saving…',
    keptNote: 'Linked to the same norms.',
    droppedNote: 'Left behind.',
    openNote: 'Not answered yet.',
  },
  refusals: {
    TOO_LARGE: 'the file is too large.',
    FILE_NAME_TOO_LONG: 'the file name is longer than {{max}} characters. Give the file a shorter name and upload it again.',
    UNSUPPORTED_TYPE: 'this kind of file cannot be stored as evidence (PDF, Office, OpenDocument, images, text and CSV can).',
    LOCKED: 'this phase was submitted; the evidence is fixed. You can still add a new version.',
    QUOTA_EXCEEDED: 'it no longer fits in your organisation\'s storage ({{used}} of {{quota}} in use). Delete evidence that is no longer needed.',
    UNAVAILABLE: 'uploading is not possible now, the file storage is not in order. Please tell the administrator.',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    evidence: typeof nl;
  }
}

registerTexts('evidence', { nl, en });

const EVIDENCE_REFUSALS = new Set(Object.keys(nl.refusals));

/** The evidence texts in the chosen language, its locale, and failures worded for evidence first. */
export function useEvidenceTexts() {
  const { t: e } = useTranslation('evidence');
  const { t } = useTranslation();
  const locale = t('locale');
  const generic = useRefusalText();
  // The quota refusal carries its numbers (quotaBytes, usedBytes), the name refusal its limit (maxLength).
  const bytes = (value: unknown) => (typeof value === 'number' ? formatBytes(value, locale) : '');
  const errorText = (error: UserError) =>
    EVIDENCE_REFUSALS.has(error.code)
      ? e(`refusals.${error.code as keyof typeof nl.refusals}`, {
          used: bytes(error.details.usedBytes),
          quota: bytes(error.details.quotaBytes),
          max: typeof error.details.maxLength === 'number' ? error.details.maxLength : '',
        })
      : generic(error);
  return { e, locale, errorText };
}

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/msword': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'OpenDocument-tekst',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument-rekenblad',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument-presentatie',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'text/plain': 'Tekst',
  'text/csv': 'CSV',
};

export function typeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type;
}
