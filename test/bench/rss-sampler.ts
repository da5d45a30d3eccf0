import { readFileSync } from 'node:fs';

/**
 * Samples a process's resident memory (VmRSS in /proc/<pid>/status) on a fixed interval. The peak of the
 * whole run includes start-up (the worker bundles the workflow code then); the window peak covers only
 * what happened since the last resetWindow(), i.e. the measurements.
 */
export class RssSampler {
  peakKb = 0;
  windowPeakKb = 0;
  samples = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly pid: number,
    private readonly intervalMs = 200,
  ) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    // Sampling must not keep the bench alive on its own.
    this.timer.unref();
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  resetWindow(): void {
    this.windowPeakKb = 0;
    this.sample();
  }

  private sample(): void {
    let status: string;
    try {
      status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    } catch {
      return; // the process has exited
    }
    const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0);
    this.samples += 1;
    this.peakKb = Math.max(this.peakKb, kb);
    this.windowPeakKb = Math.max(this.windowPeakKb, kb);
  }
}

export const mb = (kb: number) => kb / 1024;
