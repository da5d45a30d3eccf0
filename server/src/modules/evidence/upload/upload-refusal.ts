import { DomainError } from '../../../common/errors';
import { ALLOWED_TYPES_TEXT, EVIDENCE_TYPES } from './allowed-types';
import { FILE_NAME_MAX } from './file-name';

/** An upload refused with an HTTP status and a JSON body a person (and the client) can act on. */
export class UploadRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'UploadRefusal';
  }

  get body(): Record<string, unknown> {
    return { code: this.code, message: this.message, ...this.details };
  }
}

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;
/** Sizes in the words of a message: MB up to a gigabyte, GB from there, one decimal at most. */
const size = (bytes: number) => (bytes >= GIB ? `${Math.round((bytes / GIB) * 10) / 10} GB` : `${Math.round((bytes / MIB) * 10) / 10} MB`);

export const tooLarge = (maxBytes: number) =>
  new UploadRefusal(413, 'TOO_LARGE', `The file is larger than ${size(maxBytes)}, the most one upload may be.`, { maxBytes });

/** The organisation's evidence would pass its quota; the numbers go along so a client can show them. */
export const quotaExceeded = (quotaBytes: number, usedBytes: number) =>
  new DomainError(
    'QUOTA_EXCEEDED',
    `This file does not fit in your organisation's evidence storage: ${size(usedBytes)} of its ${size(quotaBytes)} is in use. ` +
      'Nothing was stored. Delete evidence that is no longer needed, or ask the administrator for more room.',
    'file',
    { quotaBytes, usedBytes },
  );

export const unsupportedType = () =>
  new UploadRefusal(415, 'UNSUPPORTED_TYPE', `This kind of file cannot be uploaded as evidence. Allowed are: ${ALLOWED_TYPES_TEXT}.`, {
    allowedTypes: Object.values(EVIDENCE_TYPES),
  });

/** Refused rather than shortened: a shortened name could lose what tells two files apart, unseen by whoever sent them. */
export const fileNameTooLong = (length: number) =>
  new UploadRefusal(
    400,
    'FILE_NAME_TOO_LONG',
    `The file name is ${length} characters long; it may be at most ${FILE_NAME_MAX}. Give the file a shorter name and upload it again.`,
    { field: 'file', maxLength: FILE_NAME_MAX },
  );

export const badUpload = (message: string, field?: string) =>
  new UploadRefusal(400, 'BAD_REQUEST', message, field ? { field } : {});

/** The client went away mid-upload; there is nobody to answer. */
export class UploadAborted extends Error {
  constructor() {
    super('The client closed the upload before it was complete.');
    this.name = 'UploadAborted';
  }
}
