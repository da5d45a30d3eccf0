import { registerTexts, type Dictionary } from '../../i18n/dictionary';

/** The public register's texts: read by anyone, signed in or not. */
const nl = {
  register: {
    title: 'Openbaar register',
    intro: 'Organisaties met het Kwaliteitslabel Sterk Sociaal Werk. Ook geschorste certificaten staan erin, met hun status.',
    search: 'Zoeken op organisatie of plaats',
    verifyLink: 'Een certificaat controleren op nummer',
    empty: 'Er staan nog geen certificaten in het register.',
    noMatch: 'Geen certificaten gevonden bij “{{term}}”.',
    count_one: '1 certificaat gevonden.',
    count_other: '{{count}} certificaten gevonden.',
    caption: '{{shown}} van {{count}} certificaten, op naam van de organisatie',
    organisation: 'Organisatie en certificaat',
    place: 'Plaats',
    variantScope: 'Variant en reikwijdte',
    institution: 'Certificerende instelling',
    framework: 'Normenkader',
    validUntil: 'Geldig tot en met',
    status: 'Status',
    verifyNumber: 'Controleer {{number}}',
    wholeOrganisation: 'Hele organisatie',
    noInstitution: 'Geen (intercollegiaal)',
    loadMore: 'Meer laden',
  },
  verify: {
    title: 'Certificaat controleren',
    intro: 'Vul het nummer van een certificaat in, bijvoorbeeld KSSW-2026-00042. U ziet dan of het geldig is.',
    number: 'Certificaatnummer',
    submit: 'Controleren',
    numberRequired: 'Vul een certificaatnummer in.',
    resultTitle: 'Resultaat voor {{number}}',
    unknown: 'Het nummer {{number}} is onbekend. Controleer of u het goed heeft overgenomen; er bestaat geen certificaat met dit nummer.',
    statusLine: {
      VALID: 'Geldig: dit certificaat is geldig tot en met {{until}}.',
      SUSPENDED: 'Geschorst: dit certificaat is op dit moment geschorst.',
      WITHDRAWN: 'Ingetrokken: dit certificaat is ingetrokken en niet meer geldig.',
      EXPIRED: 'Verlopen: dit certificaat was geldig tot en met {{until}}.',
      RENEWED: 'Vervangen: dit certificaat is vervangen door een nieuwer certificaat.',
    },
    organisation: 'Organisatie',
    place: 'Plaats',
    variant: 'Variant',
    scope: 'Reikwijdte',
    institution: 'Certificerende instelling',
    framework: 'Normenkader',
    validFrom: 'Geldig vanaf',
    validUntil: 'Geldig tot en met',
    backToRegister: 'Terug naar het register',
  },
  status: { VALID: 'Geldig', SUSPENDED: 'Geschorst', WITHDRAWN: 'Ingetrokken', EXPIRED: 'Verlopen', RENEWED: 'Vervangen' },
};

const en: Dictionary<typeof nl> = {
  register: {
    title: 'Public register',
    intro: 'Organisations holding the Kwaliteitslabel Sterk Sociaal Werk. Suspended certificates are listed too, with their status.',
    search: 'Search by organisation or place',
    verifyLink: 'Verify a certificate by number',
    empty: 'There are no certificates in the register yet.',
    noMatch: 'No certificates found for “{{term}}”.',
    count_one: '1 certificate found.',
    count_other: '{{count}} certificates found.',
    caption: '{{shown}} of {{count}} certificates, by organisation name',
    organisation: 'Organisation and certificate',
    place: 'Place',
    variantScope: 'Variant and scope',
    institution: 'Certifying institution',
    framework: 'Framework',
    validUntil: 'Valid until',
    status: 'Status',
    verifyNumber: 'Verify {{number}}',
    wholeOrganisation: 'Whole organisation',
    noInstitution: 'None (peer review)',
    loadMore: 'Load more',
  },
  verify: {
    title: 'Verify a certificate',
    intro: 'Enter the number of a certificate, for example KSSW-2026-00042, to see whether it is valid.',
    number: 'Certificate number',
    submit: 'Verify',
    numberRequired: 'Enter a certificate number.',
    resultTitle: 'Result for {{number}}',
    unknown: 'The number {{number}} is unknown. Check that you copied it correctly; no certificate has this number.',
    statusLine: {
      VALID: 'Valid: this certificate is valid until {{until}}.',
      SUSPENDED: 'Suspended: this certificate is suspended at the moment.',
      WITHDRAWN: 'Withdrawn: this certificate has been withdrawn and is no longer valid.',
      EXPIRED: 'Expired: this certificate was valid until {{until}}.',
      RENEWED: 'Replaced: this certificate has been replaced by a newer one.',
    },
    organisation: 'Organisation',
    place: 'Place',
    variant: 'Variant',
    scope: 'Scope',
    institution: 'Certifying institution',
    framework: 'Framework',
    validFrom: 'Valid from',
    validUntil: 'Valid until',
    backToRegister: 'Back to the register',
  },
  status: { VALID: 'Valid', SUSPENDED: 'Suspended', WITHDRAWN: 'Withdrawn', EXPIRED: 'Expired', RENEWED: 'Replaced' },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    public: typeof nl;
  }
}

registerTexts('public', { nl, en });
