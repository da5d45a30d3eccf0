import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { SpoolFolder } from '../storage/spool-folder';
import type { EvidenceType } from './allowed-types';
import { cleanFileName, FILE_NAME_MAX, nameLength, safeFileName } from './file-name';
import { UploadInspector } from './upload-inspector';
import { badUpload, fileNameTooLong, tooLarge, UploadAborted, UploadRefusal } from './upload-refusal';

export interface ReceivedFile {
  /** The spool file holding the bytes; the caller commits or discards it. */
  spoolPath: string;
  /** The name it is stored and offered under (see safeFileName). */
  name: string;
  /** The name as sent, only sanitised. */
  originalName: string;
  type: EvidenceType;
  size: number;
  sha256: string;
}

export interface ReceivedUpload {
  fields: Record<string, string>;
  file: ReceivedFile;
}

const FIELD_NAMES = new Set(['cycleId', 'previousEvidenceId']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * busboy's error for a part whose headers it cannot read: malformed, holding a control character, or
 * longer than the 16 KB it allows one part's headers. It names the failure only by this message. A file
 * name too long for that limit (a few thousand characters outside ASCII) ends up here, so the refusal
 * names the name's own limit as well.
 */
const MALFORMED_PART_HEADER = 'Malformed part header';
const PART_HEADER_UNREADABLE =
  `The headers of a part could not be read: they must be well-formed, without control characters, and at most 16 KB together. ` +
  `A file name may be at most ${FILE_NAME_MAX} characters.`;

export interface ReceiveOptions {
  /** The most the file may be; busboy stops passing bytes beyond it. */
  maxBytes: number;
  /** The refusal when the file passes maxBytes; by default TOO_LARGE. */
  overLimit?: () => Error;
  spool: SpoolFolder;
}

/**
 * Streams one multipart/form-data upload (a part `file`, optional fields `cycleId` and
 * `previousEvidenceId`) into a spool file, hashing and typing it on the way. Memory use does not depend on
 * the file's size. A refusal (too large, wrong type, malformed) rejects as soon as it is known, while the
 * client may still be sending: the caller answers at once and lets the rest of the body drain.
 */
export function receiveUpload(req: IncomingMessage, options: ReceiveOptions): Promise<ReceivedUpload> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    let stopSpool: (() => void) | null = null;
    let fileDone: Promise<ReceivedFile | null> | null = null;
    let settled = false;

    let parser: busboy.Busboy;
    try {
      // utf8: busboy's default for file names is latin1, which garbles names like "één.pdf". Its limit
      // trips on reaching fileSize, so one byte more: a file of exactly maxBytes is allowed.
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: options.maxBytes + 1, fields: FIELD_NAMES.size, fieldSize: 100, parts: 1 + FIELD_NAMES.size },
      });
    } catch {
      reject(badUpload('Send the file as multipart/form-data, in a part named "file".'));
      return;
    }

    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      parser.removeAllListeners();
      parser.on('error', () => undefined);
      stopSpool?.();
      reject(err);
    };

    parser.on('field', (name, value, info) => {
      // A form sends an empty field for "none".
      if (value === '' && FIELD_NAMES.has(name)) return;
      if (!FIELD_NAMES.has(name)) return fail(badUpload(`Unknown form field "${name}"; send "file", and optionally "cycleId" and "previousEvidenceId".`, name));
      if (info.valueTruncated || !UUID.test(value)) return fail(badUpload(`${name} must be an ID.`, name));
      fields[name] = value.toLowerCase();
    });

    parser.on('file', (name, stream, info) => {
      if (name !== 'file') {
        stream.resume();
        return fail(badUpload(`Unknown file part "${name}"; send the file in a part named "file".`, name));
      }
      // Judged before a spool file exists, so a refused name leaves nothing behind.
      const fileName = cleanFileName(info.filename);
      const length = nameLength(fileName);
      if (length > FILE_NAME_MAX) {
        stream.resume();
        return fail(fileNameTooLong(length));
      }
      const inspector = new UploadInspector(fileName);
      const spool = options.spool.create();
      stopSpool = () => {
        stream.unpipe();
        stream.resume();
        // Removed once closed: removing it while the stream still opens it would let the open re-create it.
        if (spool.stream.closed) void options.spool.discard(spool.path);
        else spool.stream.once('close', () => void options.spool.discard(spool.path));
        spool.stream.destroy();
      };
      // busboy stops passing bytes at the limit and says so; the answer goes out right then.
      stream.on('limit', () => fail(options.overLimit?.() ?? tooLarge(options.maxBytes)));
      fileDone = pipeline(stream, inspector, spool.stream).then(
        () => ({
          spoolPath: spool.path,
          name: safeFileName(fileName, inspector.type!),
          originalName: fileName,
          type: inspector.type!,
          size: inspector.size,
          sha256: inspector.sha256,
        }),
        (err: unknown) => {
          fail(err instanceof UploadRefusal ? err : badUpload('The file could not be read from the request.'));
          return null;
        },
      );
    });

    const tooMany = () => fail(badUpload('Send one file, and only the fields "cycleId" and "previousEvidenceId".'));
    parser.on('filesLimit', tooMany);
    parser.on('fieldsLimit', tooMany);
    parser.on('partsLimit', tooMany);
    parser.on('error', (err: Error) => fail(badUpload(err.message === MALFORMED_PART_HEADER ? PART_HEADER_UNREADABLE : 'The multipart body could not be read.')));
    parser.on('close', () => {
      if (!fileDone) return fail(badUpload('No file was sent; send it in a part named "file".', 'file'));
      void fileDone.then((file) => {
        if (settled || !file) return;
        settled = true;
        resolve({ fields, file });
      });
    });

    req.on('aborted', () => fail(new UploadAborted()));
    req.on('error', () => fail(new UploadAborted()));
    req.pipe(parser);
  });
}
