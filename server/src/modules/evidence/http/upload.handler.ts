import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { DomainError } from '../../../common/errors';
import type { Services } from '../../../services';
import { readCookie, SESSION_COOKIE } from '../../auth/session-token';
import { receiveUpload } from '../upload/receive-upload';
import { badUpload, tooLarge, UploadAborted, UploadRefusal } from '../upload/upload-refusal';
import { drainAndClose, sendDomainError, sendRefusal } from './http-answers';

/** The custom header every upload must carry: a cross-site page cannot add it without a CORS preflight we never grant. */
export const UPLOAD_HEADER = 'x-labelcycle-upload';
/** Room for the multipart boundaries, part headers and the two ID fields around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * POST /evidence — multipart/form-data with a part `file` and optional fields `cycleId` and
 * `previousEvidenceId` (the new file becomes the next version of that one). Answers 201 with the new
 * evidence, or 200 with the existing one when the organisation already has this content.
 */
export function uploadHandler(orm: MikroORM, services: Services) {
  return async (req: Request, res: Response): Promise<void> => {
    const refuse = (err: UploadRefusal | DomainError) => {
      if (err instanceof UploadRefusal) sendRefusal(res, err.status, err.body);
      else sendDomainError(res, err);
      drainAndClose(req);
    };
    if (req.get(UPLOAD_HEADER) !== '1') {
      return refuse(badUpload(`Send the header ${UPLOAD_HEADER}: 1 with uploads; it keeps other web sites from uploading in your name.`));
    }
    const em = orm.em.fork();
    const user = await services.auth.userForToken(em, readCookie(req.headers.cookie, SESSION_COOKIE));
    if (!user) return refuse(new DomainError('UNAUTHENTICATED', 'Log in first.'));
    const evidence = services.evidence;
    try {
      evidence.intake.assertMayUpload(user);
    } catch (err) {
      return refuse(err as DomainError);
    }
    // Refused before a byte of the body is read when the client says up front that it is too large.
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > evidence.maxBytes + ENVELOPE_BYTES) return refuse(tooLarge(evidence.maxBytes));
    if (!req.is('multipart/form-data')) return refuse(badUpload('Send the file as multipart/form-data, in a part named "file".'));

    let upload;
    try {
      upload = await receiveUpload(req, { maxBytes: evidence.maxBytes, spool: evidence.spool });
    } catch (err) {
      if (err instanceof UploadAborted) return;
      if (err instanceof UploadRefusal) return refuse(err);
      throw err;
    }
    try {
      const { evidence: stored, created } = await evidence.intake.store(em, user, {
        file: upload.file,
        cycleId: upload.fields.cycleId,
        previousEvidenceId: upload.fields.previousEvidenceId,
      });
      res.status(created ? 201 : 200).json({ id: stored.id, name: stored.name, type: stored.type, size: stored.size, sha256: stored.sha256 });
    } catch (err) {
      await evidence.intake.discard(upload.file);
      if (err instanceof DomainError) return sendDomainError(res, err);
      throw err;
    }
  };
}
