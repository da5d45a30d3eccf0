import type { RequestListener, ServerResponse } from 'node:http';

/** The upload route, as Express matches it: any case, with or without a trailing slash, any query. */
const UPLOAD_ROUTE = /^\/evidence\/?(?:\?.*)?$/i;

/** Uploads whose "100 Continue" was held back for the upload handler to send. */
const held = new WeakSet<ServerResponse>();

/**
 * A client that sends `Expect: 100-continue` (curl for larger bodies, many HTTP libraries) waits for the
 * server's go-ahead before it sends the body. Node gives that go-ahead by itself, before any handler has
 * looked at the request, unless the server listens for 'checkContinue' with this function. It then holds
 * it back for evidence uploads only, so a refused upload is answered without the body ever being sent (Node
 * closes such a connection after the answer); every other request gets it at once, as before.
 */
export function continueUnlessEvidenceUpload(app: RequestListener): RequestListener {
  return (req, res) => {
    if (req.method === 'POST' && UPLOAD_ROUTE.test(req.url ?? '')) held.add(res);
    else res.writeContinue();
    app(req, res);
  };
}

/** Called by the upload handler once the upload is admitted: now the client may send its body. */
export function sendHeldContinue(res: ServerResponse): void {
  if (!held.delete(res)) return;
  res.writeContinue();
}
