import { defineConfig } from 'drizzle-kit';

// Only used by `npm run db:generate`: migrations are generated from the schema and committed.
// They are applied by the app itself at start-up (src/lib/server/db/migrate.ts).
export default defineConfig({
	schema: './src/lib/server/db/schema.ts',
	out: './drizzle',
	dialect: 'postgresql'
});
