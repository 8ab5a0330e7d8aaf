import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

import { Pool } from "pg";

// The yardstick for the app's intake: a bare Node server doing the least
// an intake must do (read the body, parse it, store one row), with a pool
// as large as the app's. Started by baseline.ts, which sends the database
// URL over IPC and waits for the port.

type Order = { databaseUrl: string; table: string };

process.once("message", (order: Order) => {
  void serve(order);
});

async function serve({ databaseUrl, table }: Order) {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const insert = `insert into ${table} (lever_token, body) values ($1, $2)`;

  const server = createServer((request, response) => {
    void readBody(request)
      .then(async (text) => {
        const body = JSON.parse(text) as { token?: unknown };
        await pool.query(insert, [String(body.token), text]);
        response.writeHead(200, { "content-type": "application/json" });
        response.end('{"ok":true}');
      })
      .catch((error: unknown) => {
        response.writeHead(error instanceof SyntaxError ? 400 : 500).end();
      });
  });
  server.listen(0, "127.0.0.1", () => {
    process.send?.({ port: (server.address() as AddressInfo).port });
  });

  process.once("disconnect", () => {
    server.close();
    server.closeAllConnections();
    void pool.end().finally(() => process.exit(0));
  });
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
