import { createServer } from "node:http";

import next from "next";

import { logFor } from "@/lib/log";
import { deliveryTarget, handleDelivery } from "@/lib/webhooks/node-handler";

/**
 * The production server: Next.js for every page and route, with Lever's
 * webhook deliveries answered first by a plain Node handler. Next's
 * per-request work (routing, rendering context, proxy) costs several
 * times what storing a delivery does, and Lever's retries depend on fast
 * answers.
 */
export async function serve(options: { port: number; hostname?: string }) {
  const app = next({
    dev: false,
    dir: process.cwd(),
    port: options.port,
    hostname: options.hostname,
  });
  await app.prepare();
  const handle = app.getRequestHandler();
  const log = logFor({ component: "server" });

  const server = createServer((request, response) => {
    const connectionId = deliveryTarget(request);
    if (connectionId === null) return void handle(request, response);

    handleDelivery(request, response, connectionId).catch((error) => {
      log.error({ err: error }, "webhook delivery failed");
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port, options.hostname, resolve),
  );
  return server;
}
