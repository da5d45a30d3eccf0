/**
 * Runs a job now and then every interval, in the process that calls it; the timer does not keep the process
 * alive. The job reports its own outcome (it is given no place to throw to): a failed run is simply tried
 * again at the next tick. Returns a function that stops it.
 */
export function startPeriodic(run: () => Promise<void>, intervalMs: number): () => void {
  void run();
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
