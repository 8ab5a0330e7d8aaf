import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

import { EnvError, type EnvSource } from "@/lib/env";

type LocalSecrets = { AUTH_SECRET: string; ENCRYPTION_KEY: string };

const SECRET_NAMES = ["AUTH_SECRET", "ENCRYPTION_KEY"] as const;

/**
 * Fills in AUTH_SECRET and ENCRYPTION_KEY for local runs from a file in the
 * data folder, generating it once. A production deployment on an external
 * database must bring its own secrets: generating them there would silently
 * log everyone out and make stored tokens unreadable on the next host.
 */
export function withLocalSecrets(
  source: EnvSource,
  onGenerated: (file: string) => void,
): EnvSource {
  const missing = SECRET_NAMES.filter((name) => !source[name]);
  if (missing.length === 0) return source;

  if (source.NODE_ENV === "production" && source.DATABASE_URL) {
    throw new EnvError(
      missing.map(
        (name) =>
          `${name}: is required when NODE_ENV=production with an external ` +
          "DATABASE_URL (see .env.example)",
      ),
    );
  }

  const file = path.resolve(source.DATA_DIR ?? ".data", "secrets.json");
  const stored = readOrCreateSecrets(file, onGenerated);
  return { ...stored, ...definedOnly(source) };
}

function readOrCreateSecrets(
  file: string,
  onGenerated: (file: string) => void,
): LocalSecrets {
  if (existsSync(file)) {
    return JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
  }

  const secrets: LocalSecrets = {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  onGenerated(file);
  return secrets;
}

function definedOnly(source: EnvSource): EnvSource {
  return Object.fromEntries(
    Object.entries(source).filter(
      ([, value]) => value !== undefined && value !== "",
    ),
  );
}
