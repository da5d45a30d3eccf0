import { ALLOWED_TYPES_TEXT, EVIDENCE_TYPES } from './allowed-types';

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
const megabytes = (bytes: number) => `${Math.round((bytes / MIB) * 10) / 10} MB`;

export const tooLarge = (maxBytes: number) =>
  new UploadRefusal(413, 'TOO_LARGE', `The file is larger than ${megabytes(maxBytes)}, the most one upload may be.`, { maxBytes });

export const unsupportedType = () =>
  new UploadRefusal(415, 'UNSUPPORTED_TYPE', `This kind of file cannot be uploaded as evidence. Allowed are: ${ALLOWED_TYPES_TEXT}.`, {
    allowedTypes: Object.values(EVIDENCE_TYPES),
  });

export const badUpload = (message: string, field?: string) =>
  new UploadRefusal(400, 'BAD_REQUEST', message, field ? { field } : {});

/** The client went away mid-upload; there is nobody to answer. */
export class UploadAborted extends Error {
  constructor() {
    super('The client closed the upload before it was complete.');
    this.name = 'UploadAborted';
  }
}
