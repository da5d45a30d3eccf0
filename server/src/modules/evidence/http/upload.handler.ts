import type { Request, Response } from 'express';
import { DomainError } from '../../../common/errors';
import type { Services } from '../../../services';
import { sessionOf } from '../../../http/request-session';
import type { UploadRoom } from '../evidence-quota';
import { ForeignStoreError, storeUnavailable } from '../store/store-ownership';
import { receiveUpload } from '../upload/receive-upload';
import { badUpload, UploadAborted, UploadRefusal } from '../upload/upload-refusal';
import { sendHeldContinue } from './expect-continue';
import { BRIEF_LINGER, drainAndClose, LINGER, sendDomainError, sendRefusal } from './http-answers';

/** The custom header every upload must carry: a cross-site page cannot add it without a CORS preflight we never grant. */
export const UPLOAD_HEADER = 'x-labelcycle-upload';
/** Room for the multipart boundaries, part headers and the two ID fields around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * POST /evidence — multipart/form-data with a part `file` and optional fields `cycleId` and
 * `previousEvidenceId` (the new file becomes the next version of that one). Answers 201 with the new
 * evidence, or 200 with the existing one when the organisation already has this content. Whatever refuses
 * the upload before it is admitted (signed in, allowed, room left) answers before any of the body is read,
 * and a client that waits for "100 Continue" is refused without ever sending it (see expect-continue.ts).
 */
export function uploadHandler(services: Services, log: (message: string, err: unknown) => void, received: (bytes: number) => void = () => undefined) {
  return async (req: Request, res: Response): Promise<void> => {
    const refuse = (err: UploadRefusal | DomainError, linger = LINGER) => {
      if (err instanceof UploadRefusal) sendRefusal(res, err.status, err.body);
      else sendDomainError(res, err);
      drainAndClose(req, linger);
    };
    // Answered before any of the body is read, and little of it read afterwards, until the caller is known.
    if (req.get(UPLOAD_HEADER) !== '1') {
      return refuse(badUpload(`Send the header ${UPLOAD_HEADER}: 1 with uploads; it keeps other web sites from uploading in your name.`), BRIEF_LINGER);
    }
    const { em, user: pendingUser } = sessionOf(res);
    const user = await pendingUser;
    if (!user) return refuse(new DomainError('UNAUTHENTICATED', 'Log in first.'), BRIEF_LINGER);
    const evidence = services.evidence;
    let room: UploadRoom;
    try {
      room = await evidence.intake.admit(em, user);
    } catch (err) {
      if (err instanceof ForeignStoreError) {
        log('evidence upload refused: the evidence store belongs to another database', err);
        return refuse(storeUnavailable());
      }
      if (err instanceof DomainError) return refuse(err);
      throw err;
    }
    // Refused before a byte of the body is read when the client says up front that it is too large.
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > room.maxBytes + ENVELOPE_BYTES) return refuse(room.refusal(declared - ENVELOPE_BYTES));
    if (!req.is('multipart/form-data')) return refuse(badUpload('Send the file as multipart/form-data, in a part named "file".'));

    sendHeldContinue(res);
    let upload;
    try {
      upload = await receiveUpload(req, { maxBytes: room.maxBytes, overLimit: () => room.refusal(), spool: evidence.spool });
    } catch (err) {
      if (err instanceof UploadAborted) return;
      if (err instanceof UploadRefusal || err instanceof DomainError) return refuse(err);
      throw err;
    }
    received(upload.file.size);
    try {
      const { evidence: stored, created } = await evidence.intake.store(em, user, {
        file: upload.file,
        cycleId: upload.fields.cycleId,
        previousEvidenceId: upload.fields.previousEvidenceId,
      });
      const { id, name, originalName, type, size, sha256 } = stored;
      res.status(created ? 201 : 200).json({ id, name, originalName, type, size, sha256 });
    } catch (err) {
      await evidence.intake.discard(upload.file);
      if (err instanceof DomainError) return sendDomainError(res, err);
      throw err;
    }
  };
}
