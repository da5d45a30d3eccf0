/**
 * Everything the bench starts registers how to undo it here; the undo runs in reverse order once, whether
 * the run ends normally, fails, or is interrupted, so no database, server or child process is left behind.
 */
type Undo = { label: string; run: () => Promise<void> };

const undos: Undo[] = [];
let running: Promise<void> | null = null;
let signalled: number | null = null;

export function onTeardown(label: string, run: () => Promise<void>): void {
  undos.push({ label, run });
}

export function teardown(): Promise<void> {
  running ??= (async () => {
    for (const undo of undos.reverse()) {
      // A slow or broken undo must not keep the later ones (above all dropping the database) from running.
      const limit = new Promise<void>((resolve) => setTimeout(() => {
        console.error(`[bench] teardown: ${undo.label} took over 20 s; moving on`);
        resolve();
      }, 20_000).unref());
      await Promise.race([undo.run().catch((err) => console.error(`[bench] teardown: ${undo.label} failed: ${describe(err)}`)), limit]);
    }
  })();
  return running;
}

/** Ctrl-C or a kill: tear down, then leave with the conventional signal exit code. */
export function teardownOnSignals(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      signalled = code;
      console.error(`\n[bench] ${signal}: stopping and cleaning up…`);
      void teardown().finally(() => process.exit(code));
    });
  }
}

/** The exit code of the signal that stopped the run, if one did: what fails after it is its consequence. */
export function interruptedWith(): number | null {
  return signalled;
}

export function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
