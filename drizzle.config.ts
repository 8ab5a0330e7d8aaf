import { defineConfig } from "drizzle-kit";

// Generating migrations needs no database; `npm run db:migrate` applies them
// through db/migrate.ts, which also knows how to start the embedded server.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema",
  out: "./db/migrations",
  casing: "snake_case",
});
