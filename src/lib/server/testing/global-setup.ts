/**
 * Vitest global setup for database tests: migrate one template database, once.
 * PGlite: a migrated in-memory database dumped to a tarball that every test file loads.
 * PostgreSQL (TEST_DATABASE_URL): a migrated template database that test files clone.
 */
import type { TestProject } from 'vitest/node';
import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, pgliteExtensions } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteTemplate: string;
		pgTemplate: string;
	}
}

function withDatabase(url: string, name: string): string {
	const u = new URL(url);
	u.pathname = `/${name}`;
	return u.toString();
}

export default async function setup(project: TestProject) {
	const pgUrl = process.env.TEST_DATABASE_URL;
	if (pgUrl) {
		const template = `sif_template_${process.pid}`;
		const admin = new pg.Client({ connectionString: pgUrl });
		await admin.connect();
		await admin.query(`drop database if exists ${template}`);
		await admin.query(`create database ${template}`);
		const handle = await openDatabase({ databaseUrl: withDatabase(pgUrl, template) });
		await migrateDatabase(handle);
		await handle.close();
		project.provide('pgTemplate', template);
		project.provide('pgliteTemplate', '');
		return async () => {
			await admin.query(`drop database if exists ${template} with (force)`);
			await admin.end();
		};
	}
	const dir = mkdtempSync(join(tmpdir(), 'sif-test-'));
	const pglite = await PGlite.create({ extensions: pgliteExtensions });
	const handle = await openDatabase({ pglite });
	await migrateDatabase(handle);
	const dump = await pglite.dumpDataDir('none');
	await handle.close();
	const file = join(dir, 'template.tar');
	writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
	project.provide('pgliteTemplate', file);
	project.provide('pgTemplate', '');
	return () => rmSync(dir, { recursive: true, force: true });
}
