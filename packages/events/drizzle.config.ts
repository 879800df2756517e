import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/transport/postgres/eventbus.schema.ts',
  out: './drizzle',
  casing: 'snake_case',
  schemaFilter: ['eventbus'],
});
