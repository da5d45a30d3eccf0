import { useErrorText } from '../../components/ui/error-alert';
import type { UserError } from '../../lib/errors';
import { useI18n } from '../../lib/i18n-context';
import type { Lang } from '../../lib/i18n';

/** The evidence screens' texts, kept beside them; the shared dictionary stays about the whole app. */
interface EvidenceMessages {
  libraryTitle: string;
  libraryIntro: string;
  search: string;
  empty: string;
  noMatch: string;
  caption: (shown: number, total: number) => string;
  name: string;
  type: string;
  size: string;
  uploadedBy: string;
  uploadedAt: string;
  versions: (n: number) => string;
  loadMore: string;
  dropTitle: string;
  dropHint: (maxSize: string) => string;
  choose: string;
  uploading: (name: string) => string;
  progress: (percent: number, name: string) => string;
  stored: (name: string) => string;
  alreadyStored: (name: string) => string;
  failed: (name: string, reason: string) => string;
  tooLargeBeforeUpload: (name: string, maxSize: string) => string;
  normEvidence: string;
  noneLinked: string;
  linkExisting: string;
  choosePlaceholder: string;
  link: string;
  linking: string;
  unlink: string;
  unlinkLabel: (name: string) => string;
  lockedNote: string;
  download: (name: string) => string;
  refusals: Partial<Record<string, (details: Record<string, unknown>) => string>>;
}

const nl: EvidenceMessages = {
  libraryTitle: 'Bewijsbibliotheek',
  libraryIntro: 'Documenten die laten zien hoe u aan de normen werkt. Auditoren zien alleen wat aan hun cyclus gekoppeld is.',
  search: 'Zoeken op bestandsnaam',
  empty: 'Nog geen bewijs geüpload.',
  noMatch: 'Geen bestanden met deze naam.',
  caption: (shown, total) => `${shown} van ${total} bestanden`,
  name: 'Bestand',
  type: 'Soort',
  size: 'Grootte',
  uploadedBy: 'Geüpload door',
  uploadedAt: 'Datum',
  versions: (n) => (n === 1 ? '1 versie' : `${n} versies`),
  loadMore: 'Meer laden',
  dropTitle: 'Bewijs uploaden',
  dropHint: (max) => `Sleep bestanden hierheen of kies ze. PDF, Office, OpenDocument, afbeeldingen, tekst of CSV; hoogstens ${max}.`,
  choose: 'Bestanden kiezen',
  uploading: (name) => `${name} wordt geüpload`,
  progress: (percent, name) => `${percent}% van ${name}`,
  stored: (name) => `${name} is opgeslagen.`,
  alreadyStored: (name) => `${name} stond al in de bibliotheek; het wordt niet dubbel bewaard.`,
  failed: (name, reason) => `${name} is niet opgeslagen: ${reason}`,
  tooLargeBeforeUpload: (name, max) => `${name} is groter dan ${max} en wordt niet verstuurd.`,
  normEvidence: 'Bewijs bij deze norm',
  noneLinked: 'Nog geen bewijs gekoppeld.',
  linkExisting: 'Bewijs uit de bibliotheek koppelen',
  choosePlaceholder: 'Kies een bestand…',
  link: 'Koppelen',
  linking: 'Bezig met koppelen…',
  unlink: 'Ontkoppelen',
  unlinkLabel: (name) => `Ontkoppel ${name}`,
  lockedNote: 'vastgelegd',
  download: (name) => `Download ${name}`,
  refusals: {
    TOO_LARGE: () => 'het bestand is te groot.',
    UNSUPPORTED_TYPE: () => 'dit soort bestand kan niet als bewijs worden opgeslagen (wel PDF, Office, OpenDocument, afbeeldingen, tekst en CSV).',
    LOCKED: () => 'deze fase is ingediend; het bewijs ligt vast. U kunt wel een nieuwe versie toevoegen.',
  },
};

const en: EvidenceMessages = {
  libraryTitle: 'Evidence library',
  libraryIntro: 'Documents that show how you work on the norms. Auditors see only what is linked to their cycle.',
  search: 'Search by file name',
  empty: 'No evidence uploaded yet.',
  noMatch: 'No files with this name.',
  caption: (shown, total) => `${shown} of ${total} files`,
  name: 'File',
  type: 'Kind',
  size: 'Size',
  uploadedBy: 'Uploaded by',
  uploadedAt: 'Date',
  versions: (n) => (n === 1 ? '1 version' : `${n} versions`),
  loadMore: 'Load more',
  dropTitle: 'Upload evidence',
  dropHint: (max) => `Drag files here or choose them. PDF, Office, OpenDocument, images, text or CSV; at most ${max}.`,
  choose: 'Choose files',
  uploading: (name) => `Uploading ${name}`,
  progress: (percent, name) => `${percent}% of ${name}`,
  stored: (name) => `${name} was saved.`,
  alreadyStored: (name) => `${name} was already in the library; it is not stored twice.`,
  failed: (name, reason) => `${name} was not saved: ${reason}`,
  tooLargeBeforeUpload: (name, max) => `${name} is larger than ${max} and is not sent.`,
  normEvidence: 'Evidence for this norm',
  noneLinked: 'No evidence linked yet.',
  linkExisting: 'Link evidence from the library',
  choosePlaceholder: 'Choose a file…',
  link: 'Link',
  linking: 'Linking…',
  unlink: 'Unlink',
  unlinkLabel: (name) => `Unlink ${name}`,
  lockedNote: 'fixed',
  download: (name) => `Download ${name}`,
  refusals: {
    TOO_LARGE: () => 'the file is too large.',
    UNSUPPORTED_TYPE: () => 'this kind of file cannot be stored as evidence (PDF, Office, OpenDocument, images, text and CSV can).',
    LOCKED: () => 'this phase was submitted; the evidence is fixed. You can still add a new version.',
  },
};

const MESSAGES: Record<Lang, EvidenceMessages> = { nl, en };

/** The evidence texts in the chosen language, and failures worded for evidence first. */
export function useEvidenceTexts() {
  const { lang, t } = useI18n();
  const generic = useErrorText();
  const e = MESSAGES[lang];
  const errorText = (error: UserError) => e.refusals[error.code]?.(error.details) ?? generic(error);
  return { e, t, errorText };
}

const UNITS = ['B', 'KB', 'MB', 'GB'];

/** 1.5 MB, 820 KB: sizes as people read them, in the language's number format. */
export function formatBytes(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit > 1 ? 1 : 0 }).format(value)} ${UNITS[unit]}`;
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
