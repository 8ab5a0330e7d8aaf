import { parseEnv, type Env, type EnvSource } from "@/lib/env";
import { withLocalSecrets } from "@/lib/runtime/secrets";

/** Launcher output: plain lines for the person at the terminal. */
export function say(message: string): void {
  console.log(`[hallo] ${message}`);
}

/**
 * Completes and checks the environment for a launcher, then publishes it on
 * process.env so the modules it starts, and its child processes, read the
 * same values. Launchers are the only code that writes process.env.
 */
export function prepareEnvironment(overrides: EnvSource = {}): Env {
  const source = withLocalSecrets({ ...process.env, ...overrides }, (file) =>
    say(`generated AUTH_SECRET and ENCRYPTION_KEY once; kept in ${file}`),
  );
  const env = parseEnv(source);
  Object.assign(process.env, definedValues(source));
  return env;
}

export function publish(values: EnvSource): void {
  Object.assign(process.env, definedValues(values));
}

function definedValues(source: EnvSource): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined) values[key] = value;
  }
  return values;
}

/** Runs a launcher's main function, printing a clear message on failure. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(
      `[hallo] ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}
