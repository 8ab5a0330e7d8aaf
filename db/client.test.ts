import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { createDatabase, createPool, databaseUrl } from "@/db/client";

describe("the connection pool", () => {
  it("survives PostgreSQL closing its idle connections, and reconnects", async () => {
    const pool = createPool(databaseUrl(), 2);
    const database = createDatabase(pool);
    const pid = await database.execute<{ pid: number }>(
      sql`select pg_backend_pid() as pid`,
    );

    // What a restart or failover does to a pooled connection.
    const other = createPool(databaseUrl(), 1);
    await other.query("select pg_terminate_backend($1)", [pid.rows[0]!.pid]);
    await other.end();
    await new Promise((resolve) => setTimeout(resolve, 200));

    const after = await database.execute<{ ok: number }>(sql`select 1 as ok`);
    expect(after.rows[0]?.ok).toBe(1);
    await pool.end();
  });
});
