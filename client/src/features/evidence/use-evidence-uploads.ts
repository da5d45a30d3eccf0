import { useCallback, useRef, useState } from 'react';
import type { UserError } from '../../lib/errors';
import { UploadFailed, uploadEvidenceFile, type UploadedEvidence } from './upload-evidence';

export interface UploadItem {
  key: number;
  name: string;
  loaded: number;
  total: number;
  state: 'waiting' | 'uploading' | 'stored' | 'existing' | 'failed';
  /** The name the server stored it under, once stored. */
  storedAs?: string;
  error?: UserError;
}

interface Options {
  cycleId?: string;
  /** The server's limit: a larger file is refused here rather than after sending it. */
  maxBytes?: number;
  onStored?: (evidence: UploadedEvidence) => void | Promise<void>;
}

/**
 * Uploads chosen or dropped files one after another (kinder to a slow connection than all at once), with
 * each file's progress and outcome for the screen.
 */
export function useEvidenceUploads({ cycleId, maxBytes, onStored }: Options) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const queue = useRef(Promise.resolve());
  const nextKey = useRef(0);

  const update = (key: number, change: Partial<UploadItem>) =>
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const start = useCallback(
    (files: File[]) => {
      for (const file of files) {
        const key = (nextKey.current += 1);
        const tooLarge = maxBytes !== undefined && file.size > maxBytes;
        setItems((all) => [
          ...all,
          {
            key,
            name: file.name,
            loaded: 0,
            total: file.size,
            state: tooLarge ? 'failed' : 'waiting',
            ...(tooLarge ? { error: { code: 'TOO_LARGE_LOCAL', message: '', details: {} } } : {}),
          },
        ]);
        if (tooLarge) continue;
        queue.current = queue.current.then(async () => {
          update(key, { state: 'uploading' });
          try {
            const outcome = await uploadEvidenceFile(file, { cycleId, onProgress: (loaded, total) => update(key, { loaded, total }) });
            update(key, { state: outcome.created ? 'stored' : 'existing', loaded: file.size, storedAs: outcome.evidence.name });
            await onStored?.(outcome.evidence);
          } catch (err) {
            update(key, { state: 'failed', error: err instanceof UploadFailed ? err.error : { code: 'UNKNOWN', message: '', details: {} } });
          }
        });
      }
    },
    [cycleId, maxBytes, onStored],
  );

  const clearFinished = useCallback(() => setItems((all) => all.filter((i) => i.state === 'waiting' || i.state === 'uploading')), []);
  return { items, start, clearFinished };
}
