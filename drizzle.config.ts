import { defineConfig } from 'drizzle-kit';

// Migrations are generated here and applied in code (src/lib/server/db/migrate.ts) on
// both engines; drizzle-kit's own migrate is not used (it fails silently on PGlite).
export default defineConfig({
	schema: './src/lib/server/db/schema/index.ts',
	out: './drizzle',
	dialect: 'postgresql'
});
