import { useCallback, useRef } from 'react';

/**
 * For a form of autosaved parts (one per norm): each part registers how to save its pending changes, and
 * submitting first saves them all. `flushAll` resolves true when nothing is left unsaved.
 */
export function useFlushRegistry() {
  const flushes = useRef(new Map<string, () => Promise<boolean>>());
  const registerFlush = useCallback((key: string, flush: () => Promise<boolean>) => {
    flushes.current.set(key, flush);
    return () => {
      if (flushes.current.get(key) === flush) flushes.current.delete(key);
    };
  }, []);
  const flushAll = useCallback(async () => {
    const results = await Promise.all([...flushes.current.values()].map((flush) => flush()));
    return results.every(Boolean);
  }, []);
  return { registerFlush, flushAll };
}
