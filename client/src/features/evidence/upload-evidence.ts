import { serverRefusal, type UserError } from '../../lib/errors';

export interface UploadedEvidence {
  id: string;
  /** The name it is stored under; an executable or active extension gets the extension of its type added. */
  name: string;
  /** The name it was sent with. */
  originalName: string;
  type: string;
  size: number;
  sha256: string;
}

export interface UploadOutcome {
  evidence: UploadedEvidence;
  /** False when the organisation already had this content: the existing record came back. */
  created: boolean;
}

export class UploadFailed extends Error {
  constructor(readonly error: UserError) {
    super(error.message || error.code);
    this.name = 'UploadFailed';
  }
}

interface UploadOptions {
  cycleId?: string;
  previousEvidenceId?: string;
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * POST /evidence with XMLHttpRequest: fetch cannot report upload progress. The custom header is what the
 * server requires of uploads (a cross-site page cannot send it without a preflight). Fields go before the
 * file, so the server has them when the file starts.
 */
export function uploadEvidenceFile(file: File, options: UploadOptions = {}): Promise<UploadOutcome> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    if (options.cycleId) form.append('cycleId', options.cycleId);
    if (options.previousEvidenceId) form.append('previousEvidenceId', options.previousEvidenceId);
    form.append('file', file, file.name);

    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/evidence');
    xhr.setRequestHeader('x-labelcycle-upload', '1');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => options.onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      const body = (xhr.response ?? {}) as Record<string, unknown>;
      if (xhr.status === 200 || xhr.status === 201) {
        resolve({ evidence: body as unknown as UploadedEvidence, created: xhr.status === 201 });
        return;
      }
      const code = typeof body.code === 'string' ? body.code : xhr.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN';
      const field = typeof body.field === 'string' ? body.field : undefined;
      const serverMessage = typeof body.message === 'string' ? body.message : undefined;
      reject(new UploadFailed(serverRefusal({ code, serverMessage, details: body, ...(field ? { field } : {}) })));
    };
    xhr.onerror = () => reject(new UploadFailed({ code: 'NETWORK', message: '', details: {} }));
    xhr.onabort = () => reject(new UploadFailed({ code: 'ABORTED', message: '', details: {} }));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
