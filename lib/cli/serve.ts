import { parseArgs } from "node:util";

import { runMain, say } from "@/lib/cli/environment";
import { serve } from "@/lib/runtime/server";

// The app's production server (see lib/runtime/server.ts), started by
// `npm start`, the tests and the benchmarks: `serve.ts -p 3000 [-H host]`.
async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: "string", short: "p", default: "3000" },
      hostname: { type: "string", short: "H" },
    },
  });
  const port = Number(values.port);
  const server = await serve({ port, hostname: values.hostname });
  say(`serving on port ${port}`);

  // Idle keep-alive connections would hold close() open; requests in
  // flight get a few seconds to finish.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

runMain(main);
