import { createHash } from 'node:crypto';
import { csvText } from '../../common/csv-text';
import type { RegisterEntry, RegisterEntryKind } from './register-entry.view';

/**
 * The public register as open data: the fields of a register entry and nothing more (no IDs), one record
 * per listed entry (a certificate or a registered peer assessment, told apart by kind), in register order.
 * docs/api.md (Register open data) describes every column; the names are the same in the CSV header and the
 * JSON keys, so one description serves both.
 */
export interface OpenDataRecord {
  certificateNumber: string | null;
  organisationName: string;
  place: string;
  variant: string;
  wholeOrganisation: boolean;
  scopeUnits: string[];
  certifyingInstitution: string | null;
  frameworkName: string;
  frameworkVersion: string;
  validFrom: string;
  validUntil: string;
  status: string;
  kind: RegisterEntryKind;
}

// kind is last, so a reader that takes the columns by position finds the certificate columns where they always were.
export const OPEN_DATA_COLUMNS: readonly (keyof OpenDataRecord)[] = [
  'certificateNumber',
  'organisationName',
  'place',
  'variant',
  'wholeOrganisation',
  'scopeUnits',
  'certifyingInstitution',
  'frameworkName',
  'frameworkVersion',
  'validFrom',
  'validUntil',
  'status',
  'kind',
];

/** Validity runs in whole days, as the certificate prints them: the calendar day in the Netherlands. */
const dayInNetherlands = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

export function openDataRecord(entry: RegisterEntry): OpenDataRecord {
  return {
    certificateNumber: entry.certificateNumber,
    organisationName: entry.organisationName,
    place: entry.place,
    variant: entry.variant,
    wholeOrganisation: entry.wholeOrganisation,
    scopeUnits: entry.scopeUnits,
    certifyingInstitution: entry.certifyingInstitutionName,
    frameworkName: entry.frameworkName,
    frameworkVersion: entry.frameworkVersion,
    validFrom: dayInNetherlands.format(entry.validFrom),
    validUntil: dayInNetherlands.format(entry.validUntil),
    status: entry.status,
    kind: entry.kind,
  };
}

/** RFC 4180 CSV in UTF-8 with a header row; a list of units is one cell, the names joined by "; "; none is empty. */
export function registerCsv(records: OpenDataRecord[]): string {
  return csvText(
    records.map((r) => ({
      ...r,
      certificateNumber: r.certificateNumber ?? '',
      scopeUnits: r.scopeUnits.join('; '),
      certifyingInstitution: r.certifyingInstitution ?? '',
    })),
    OPEN_DATA_COLUMNS.map((key) => ({ key })),
  );
}

export function registerJson(records: OpenDataRecord[]): string {
  return JSON.stringify({ count: records.length, entries: records });
}

/** A strong validator of the exact bytes served, so any change (a renamed organisation too) gives a new one. */
export function entityTag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}
