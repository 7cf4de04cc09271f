// drizzle-kit configuration: generates reviewed SQL migrations into migrations/ from src/db/schema.ts.
// The runtime never uses drizzle-kit; `scoutly migrate` and every tick apply migrations/ themselves.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './migrations',
});
