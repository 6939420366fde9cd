/**
 * A fresh, migrated database for one test file: PGlite loaded from the template dump, or
 * with TEST_DATABASE_URL a PostgreSQL database cloned from the migrated template.
 * Usage: `const t = await createTestDb(); … afterAll(() => t.close())`.
 */
import { inject } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { openDatabase, pgliteExtensions, type DbHandle } from '../db/client.ts';

export type TestDb = DbHandle;

function withDatabase(url: string, name: string): string {
	const u = new URL(url);
	u.pathname = `/${name}`;
	return u.toString();
}

export async function createTestDb(): Promise<TestDb> {
	const pgUrl = process.env.TEST_DATABASE_URL;
	if (pgUrl) {
		const template = inject('pgTemplate');
		const name = `sif_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
		const admin = new pg.Client({ connectionString: pgUrl });
		await admin.connect();
		await admin.query(`create database ${name} template ${template}`);
		await admin.end();
		const handle = await openDatabase({ databaseUrl: withDatabase(pgUrl, name) });
		return {
			...handle,
			async close() {
				await handle.close();
				const cleanup = new pg.Client({ connectionString: pgUrl });
				await cleanup.connect();
				await cleanup.query(`drop database if exists ${name} with (force)`);
				await cleanup.end();
			}
		};
	}
	const dump = readFileSync(inject('pgliteTemplate'));
	const pglite = await PGlite.create({ loadDataDir: new Blob([dump]), extensions: pgliteExtensions });
	return openDatabase({ pglite });
}
