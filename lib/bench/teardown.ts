import { say } from "@/lib/cli/environment";

type Step = { label: string; run: () => Promise<void> };

const steps: Step[] = [];

let running: Promise<void> | undefined;

/** Registers how to undo something just started; undone in reverse. */
export function onTeardown(label: string, run: () => Promise<void>): void {
  steps.push({ label, run });
}

/**
 * Undoes everything registered so far, once, however many callers ask
 * (a signal and the failing main flow may both do). One failing step does
 * not stop the rest.
 */
export function tearDown(): Promise<void> {
  running ??= undoAll();
  return running;
}

async function undoAll() {
  for (let step = steps.pop(); step; step = steps.pop()) {
    try {
      await step.run();
    } catch (error) {
      say(`could not ${step.label}: ${String(error)}`);
    }
  }
}

/** Ctrl-C or a kill still stops the app, the servers and the database. */
export function tearDownOnSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      say(`${signal}: tearing down`);
      void tearDown().finally(() => process.exit(130));
    });
  }
}
