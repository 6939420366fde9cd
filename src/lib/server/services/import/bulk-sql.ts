/**
 * Many rows in one statement with ONE parameter: `insert … select … from
 * jsonb_to_recordset($1)`. On PGlite a multi-row VALUES list with thousands of bound
 * parameters is 4–6× slower than this (docs/decisions/051-import-performance.md); on
 * PostgreSQL it is at least as fast. Table and column names are code constants, never input.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../security/rate-limit.ts';

/** Column name (snake_case, as in the table) and its PostgreSQL type. */
export type Columns = readonly (readonly [string, string])[];

const NAME = /^[a-z_][a-z0-9_]*$/;

function names(columns: Columns): { list: string; defs: string } {
	for (const [name, type] of columns) {
		if (!NAME.test(name) || !/^[a-z0-9_ ]+(\[\])?$/.test(type)) throw new Error(`bad column ${name} ${type}`);
	}
	return { list: columns.map(([n]) => `"${n}"`).join(', '), defs: columns.map(([n, t]) => `"${n}" ${t}`).join(', ') };
}

/** The rows as a record set: `from ${recordSet(...)}` gives x(columns…). */
export function recordSet(columns: Columns, rows: Record<string, unknown>[]): SQL {
	const { defs } = names(columns);
	return sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(${sql.raw(defs)})`;
}

export async function insertRows<T = Record<string, unknown>>(
	tx: Db,
	table: string,
	columns: Columns,
	rows: Record<string, unknown>[],
	tail: SQL = sql``
): Promise<T[]> {
	if (rows.length === 0) return [];
	if (!NAME.test(table)) throw new Error(`bad table ${table}`);
	const { list } = names(columns);
	return rowsOf<T>(await tx.execute(sql`insert into ${sql.raw(`"${table}" (${list})`)} select ${sql.raw(list)} from ${recordSet(columns, rows)} ${tail}`));
}
