/**
 * A logical backup of the whole database: every table of the schema as JSON rows, read in
 * one REPEATABLE READ transaction (a consistent snapshot), gzipped. The same file restores
 * on either engine, so it also moves an embedded installation to PostgreSQL and back.
 */
import { sql, getTableName, is } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import { gzipSync, gunzipSync } from 'node:zlib';
import * as schema from '../../db/schema/index.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { AppError } from '../../errors.ts';

export const BACKUP_FORMAT = 'sif-backup/1';
const CHUNK = 500;

interface BackupFile {
	format: string;
	createdAt: string;
	migrations: string[];
	tables: Record<string, unknown[]>;
}

/** Tables in an order where every foreign key points to a table that comes earlier. */
export function tablesInDependencyOrder(): string[] {
	const tables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v as PgTable, PgTable));
	const deps = new Map<string, Set<string>>();
	for (const table of tables) {
		const name = getTableName(table);
		const config = getTableConfig(table);
		deps.set(
			name,
			new Set(
				config.foreignKeys
					.map((fk) => getTableName(fk.reference().foreignTable))
					.filter((other) => other !== name)
			)
		);
	}
	const ordered: string[] = [];
	const visit = (name: string, path: Set<string>) => {
		if (ordered.includes(name) || path.has(name)) return;
		path.add(name);
		for (const dep of deps.get(name) ?? []) visit(dep, path);
		ordered.push(name);
	};
	for (const name of [...deps.keys()].sort()) visit(name, new Set());
	return ordered;
}

async function appliedMigrations(db: Db): Promise<string[]> {
	const rows = rowsOf<{ hash: string }>(
		await db.execute(sql`select hash from drizzle.__drizzle_migrations order by id`)
	);
	return rows.map((r) => r.hash);
}

export async function createBackup(db: Db): Promise<Buffer> {
	const file = await db.transaction(
		async (tx) => {
			const tables: Record<string, unknown[]> = {};
			for (const name of tablesInDependencyOrder()) {
				const rows = rowsOf<{ row: unknown }>(
					await tx.execute(sql`select row_to_json(t) as row from ${sql.identifier(name)} t`)
				);
				tables[name] = rows.map((r) => r.row);
			}
			const backup: BackupFile = {
				format: BACKUP_FORMAT,
				createdAt: new Date().toISOString(),
				migrations: await appliedMigrations(tx),
				tables
			};
			return backup;
		},
		{ isolationLevel: 'repeatable read', accessMode: 'read only' }
	);
	return gzipSync(Buffer.from(JSON.stringify(file)));
}

/**
 * Replaces every row of every table with the backup's, in one transaction: on any error
 * nothing changes. The backup must come from the same schema version.
 */
export async function restoreBackup(db: Db, data: Buffer): Promise<Record<string, number>> {
	let file: BackupFile;
	try {
		file = JSON.parse(gunzipSync(data).toString('utf8')) as BackupFile;
	} catch {
		throw new AppError('bad_request', 'not a sif backup file (expected gzipped JSON)');
	}
	if (file.format !== BACKUP_FORMAT) throw new AppError('bad_request', `unknown backup format '${file.format}'`);
	return db.transaction(async (tx) => {
		const current = await appliedMigrations(tx);
		if (current.join() !== file.migrations.join()) {
			throw new AppError(
				'conflict',
				`the backup was made with ${file.migrations.length} migrations, this database has ${current.length}: use the same sif version`
			);
		}
		const order = tablesInDependencyOrder();
		await tx.execute(sql.raw(`truncate ${order.map((n) => `"${n}"`).join(', ')} cascade`));
		const counts: Record<string, number> = {};
		for (const name of order) {
			const rows = file.tables[name] ?? [];
			for (let i = 0; i < rows.length; i += CHUNK) {
				const chunk = JSON.stringify(rows.slice(i, i + CHUNK));
				await tx.execute(
					sql`insert into ${sql.identifier(name)} select * from json_populate_recordset(null::${sql.identifier(name)}, ${chunk}::json)`
				);
			}
			counts[name] = rows.length;
			// Keep serial columns ahead of the restored ids.
			const serials = rowsOf<{ column_name: string; seq: string }>(
				await tx.execute(sql`
					select column_name, pg_get_serial_sequence(${name}, column_name) as seq
					from information_schema.columns
					where table_name = ${name} and table_schema = 'public' and column_default like 'nextval%'`)
			);
			for (const { column_name, seq } of serials) {
				if (!seq) continue;
				await tx.execute(
					sql.raw(`select setval('${seq}', coalesce((select max("${column_name}") from "${name}"), 0) + 1, false)`)
				);
			}
		}
		return counts;
	});
}
