/**
 * Opens the database: node-postgres when DATABASE_URL is set, otherwise embedded PGlite in
 * SIF_DATA_DIR (default ./data) behind an exclusive directory lock. Both give the same
 * Drizzle API, so every service runs unchanged on either engine.
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { resolve } from 'node:path';
import * as schema from './schema/index.ts';
import { lockDataDir, type DataDirLock } from './lock.ts';

export type Schema = typeof schema;
/** A database or a transaction: services accept either, callers own the transaction. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'pglite' | 'postgres';

export interface DbHandle {
	db: Db;
	engine: Engine;
	/** Closes connections and releases the directory lock; safe to call twice. */
	close(): Promise<void>;
	/** The raw PGlite instance (embedded only), for dumps and tests. */
	pglite?: PGlite;
	pool?: pg.Pool;
}

export interface OpenOptions {
	databaseUrl?: string;
	dataDir?: string;
	/** In-memory PGlite or a PGlite loaded from a dump: no directory, no lock. */
	pglite?: PGlite;
}

/** Options for the PGlite constructor that every embedded database uses. */
export const pgliteExtensions = { pg_trgm };

export async function openDatabase(options: OpenOptions = {}): Promise<DbHandle> {
	const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
	if (!options.pglite && databaseUrl) {
		const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
		// An idle client that loses its connection (server restart, database dropped) emits
		// 'error' on the pool; without a listener Node would crash the process. The next
		// query opens a fresh connection, so logging is enough.
		pool.on('error', (error) => console.error(`sif: database connection lost: ${error.message}`));
		// Fail fast with a clear message when the server is unreachable.
		await pool.query('select 1');
		const db = drizzlePg(pool, { schema }) as unknown as Db;
		let closed = false;
		return {
			db,
			engine: 'postgres',
			pool,
			async close() {
				if (closed) return;
				closed = true;
				await pool.end();
			}
		};
	}
	let lock: DataDirLock | undefined;
	let client = options.pglite;
	if (!client) {
		const dir = resolve(options.dataDir ?? process.env.SIF_DATA_DIR ?? './data');
		lock = lockDataDir(dir);
		try {
			client = await PGlite.create(dir, { extensions: pgliteExtensions });
		} catch (error) {
			lock.release();
			throw error;
		}
	}
	const pglite = client;
	const db = drizzlePglite(pglite, { schema }) as unknown as Db;
	let closed = false;
	return {
		db,
		engine: 'pglite',
		pglite,
		async close() {
			if (closed) return;
			closed = true;
			try {
				if (!pglite.closed) await pglite.close();
			} finally {
				lock?.release();
			}
		}
	};
}
