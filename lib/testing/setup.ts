import { afterAll } from "vitest";

import { closeDb } from "@/db/client";

// Each test file runs in its own worker; give its pool back when it is done.
afterAll(async () => {
  await closeDb();
});
