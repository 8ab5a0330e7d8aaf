import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { Client } from "pg";
import { describe, expect, it } from "vitest";

import { databaseUrl } from "@/db/client";
import { parseEnv } from "@/lib/env";
import { resolveDatabase } from "@/lib/runtime/database";

const SECRETS = {
  AUTH_SECRET: "s".repeat(32),
  ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
};

async function serverVersion(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ v: string }>(
      "select current_setting('server_version') as v",
    );
    return result.rows[0]?.v;
  } finally {
    await client.end();
  }
}

describe("resolveDatabase", () => {
  it("uses DATABASE_URL as it is when set", async () => {
    const url = databaseUrl();
    const env = parseEnv({ ...SECRETS, DATABASE_URL: url });

    const database = await resolveDatabase(env);

    expect(database.embedded).toBe(false);
    expect(database.url).toBe(url);
    expect(new URL(database.adminUrl).pathname).toBe("/postgres");
    expect(await serverVersion(database.url)).toBeTruthy();
  });

  it("starts an embedded PostgreSQL in the data folder when unset", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "hallo-pg-"));
    // PostgreSQL runs as its own user when the tests run as root.
    chmodSync(dataDir, 0o755);
    const port = 55_000 + Math.floor(Math.random() * 5_000);
    const env = parseEnv({
      ...SECRETS,
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(port),
    });

    const database = await resolveDatabase(env);
    try {
      expect(database.embedded).toBe(true);
      expect(database.url).toContain(`127.0.0.1:${port}/hallo`);
      expect(await serverVersion(database.url)).toMatch(/^18\./);
    } finally {
      await database.stop();
    }
  }, 120_000);
});
