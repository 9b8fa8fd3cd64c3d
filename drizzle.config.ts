import { defineConfig } from "drizzle-kit";

// One migration folder serves both drivers (PGlite and PostgreSQL); generate with `npm run db:generate`.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
