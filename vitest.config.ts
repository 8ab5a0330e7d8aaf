import path from "node:path";

import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": path.resolve("lib/testing/empty.ts") },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "app",
          environment: "node",
          include: ["lib/**/*.test.ts", "db/**/*.test.ts"],
          setupFiles: ["lib/testing/setup.ts"],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      "lever-simulator/vitest.config.ts",
    ],
  },
});
