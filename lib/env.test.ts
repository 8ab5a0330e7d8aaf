import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { EnvError, parseEnv } from "@/lib/env";
import { withLocalSecrets } from "@/lib/runtime/secrets";

const SECRETS = {
  AUTH_SECRET: "a".repeat(32),
  ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
};

describe("parseEnv", () => {
  it("fills defaults for a minimal local environment", () => {
    const env = parseEnv({ ...SECRETS });

    expect(env.PORT).toBe(3000);
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.WORKER_IN_APP).toBe(true);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.LOG_FORMAT).toBe("pretty");
  });

  it("logs JSON in production unless told otherwise", () => {
    expect(parseEnv({ ...SECRETS, NODE_ENV: "production" }).LOG_FORMAT).toBe(
      "json",
    );
  });

  it("reads booleans and numbers from strings", () => {
    const env = parseEnv({ ...SECRETS, WORKER_IN_APP: "false", PORT: "8080" });

    expect(env.WORKER_IN_APP).toBe(false);
    expect(env.PORT).toBe(8080);
    expect(env.APP_URL).toBe("http://localhost:8080");
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ ...SECRETS, DATABASE_URL: "" }).DATABASE_URL).toBe(
      undefined,
    );
  });

  it("names every bad variable in one clear error", () => {
    const parse = () =>
      parseEnv({
        AUTH_SECRET: "short",
        ENCRYPTION_KEY: "not-32-bytes",
        DATABASE_URL: "mysql://nope",
        PORT: "99999",
      });

    expect(parse).toThrow(EnvError);
    expect(parse).toThrow(/AUTH_SECRET: must be at least 32 characters/);
    expect(parse).toThrow(/ENCRYPTION_KEY: must be 32 bytes/);
    expect(parse).toThrow(/DATABASE_URL/);
    expect(parse).toThrow(/PORT/);
  });

  it("says a missing secret is required", () => {
    expect(() => parseEnv({})).toThrow(/AUTH_SECRET: is required/);
  });
});

describe("withLocalSecrets", () => {
  const dataDir = () => mkdtempSync(path.join(tmpdir(), "hallo-env-"));

  it("generates secrets once and reuses them", () => {
    const dir = dataDir();
    const generated: string[] = [];

    const first = withLocalSecrets({ DATA_DIR: dir }, (f) => generated.push(f));
    const second = withLocalSecrets({ DATA_DIR: dir }, (f) =>
      generated.push(f),
    );

    expect(generated).toHaveLength(1);
    expect(second.AUTH_SECRET).toBe(first.AUTH_SECRET);
    expect(() => parseEnv(first)).not.toThrow();
    const file = path.join(dir, "secrets.json");
    expect(JSON.parse(readFileSync(file, "utf8"))).toHaveProperty(
      "AUTH_SECRET",
    );
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it("keeps secrets that the environment provides", () => {
    const result = withLocalSecrets(
      { DATA_DIR: dataDir(), ...SECRETS },
      () => {},
    );

    expect(result.AUTH_SECRET).toBe(SECRETS.AUTH_SECRET);
  });

  it("refuses to invent secrets for production on an external database", () => {
    const run = () =>
      withLocalSecrets(
        {
          DATA_DIR: dataDir(),
          NODE_ENV: "production",
          DATABASE_URL: "postgres://db.internal/hallo",
        },
        () => {},
      );

    expect(run).toThrow(/AUTH_SECRET: is required when NODE_ENV=production/);
    expect(run).toThrow(/ENCRYPTION_KEY/);
  });
});
