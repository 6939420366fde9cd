/**
 * Applies the committed SQL migrations in drizzle/ with drizzle-orm's own migrator (not
 * drizzle-kit, which fails silently on PGlite), identically on both engines.
 */
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { sql } from 'drizzle-orm';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DbHandle } from './client.ts';

/** Finds drizzle/ from this file upwards (sources and build alike), else from the cwd. */
export function migrationsFolder(): string {
	if (process.env.SIF_MIGRATIONS_DIR) return resolve(process.env.SIF_MIGRATIONS_DIR);
	let dir = dirname(fileURLToPath(import.meta.url));
	for (let i = 0; i < 8; i++) {
		const candidate = join(dir, 'drizzle');
		if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
		dir = dirname(dir);
	}
	return resolve('drizzle');
}

async function appliedCount(handle: DbHandle): Promise<number> {
	try {
		const result = await handle.db.execute<{ n: number }>(
			sql`select count(*)::int as n from drizzle.__drizzle_migrations`
		);
		const rows = (result as unknown as { rows?: { n: number }[] }).rows ?? (result as unknown as { n: number }[]);
		return Number(rows[0]?.n ?? 0);
	} catch {
		return 0;
	}
}

/** Applies pending migrations; returns the tags of those it applied, in order. */
export async function migrateDatabase(handle: DbHandle): Promise<string[]> {
	const folder = migrationsFolder();
	const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
		entries: { tag: string }[];
	};
	const before = await appliedCount(handle);
	if (before >= journal.entries.length) return [];
	if (handle.engine === 'pglite') {
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		await migratePglite(handle.db as any, { migrationsFolder: folder });
	} else {
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		await migratePg(handle.db as any, { migrationsFolder: folder });
	}
	const after = await appliedCount(handle);
	return journal.entries.slice(before, after).map((e) => e.tag);
}
