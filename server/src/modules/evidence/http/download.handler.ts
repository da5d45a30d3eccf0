import { isUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { Services } from '../../../services';
import { sessionOf } from '../../../http/request-session';
import { attachmentDisposition, safeFileName } from '../upload/file-name';
import { sendRefusal } from './http-answers';

const NOT_FOUND = { code: 'NOT_FOUND', message: 'Evidence was not found.' };

/**
 * GET /evidence/:id — streams the file to whoever may see it (members of its organisation, and whoever
 * may see a cycle it is linked in). Everyone else, signed in or not, gets the same 404 as for an ID that
 * does not exist, so existence is not revealed.
 */
export function downloadHandler(services: Services, log: (message: string, err: unknown) => void) {
  return async (req: Request, res: Response): Promise<void> => {
    const { em, user: pendingUser } = sessionOf(res);
    const id = String(req.params.id);
    const user = await pendingUser;
    const evidence = user && isUUID(id) ? await services.evidence.library.findReadable(em, user, id) : null;
    if (!evidence) return sendRefusal(res, 404, NOT_FOUND);

    const body = await services.evidence.storage.read(evidence.storageKey);
    res.status(200).set({
      'Content-Type': evidence.type.startsWith('text/') ? `${evidence.type}; charset=utf-8` : evidence.type,
      'Content-Length': String(evidence.size),
      // Stored names are safe already; made safe again here for files stored before names were.
      'Content-Disposition': attachmentDisposition(safeFileName(evidence.name, evidence.type)),
      'X-Content-Type-Options': 'nosniff',
      // Should a browser still render it, it does so with nothing allowed and in its own origin.
      'Content-Security-Policy': "default-src 'none'; sandbox",
      // Access can change (a link removed), so no shared or stored copies.
      'Cache-Control': 'private, no-store',
      ETag: `"${evidence.sha256}"`,
    });
    try {
      await pipeline(body, res);
    } catch (err) {
      // Mostly a client that stopped reading; the response cannot be changed any more.
      if (!res.writableFinished && (err as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') log(`download of evidence ${evidence.id} failed`, err);
    }
  };
}
