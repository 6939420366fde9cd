/**
 * Every column in the database that refers to people(id), looked up in information_schema
 * at the moment it is needed, so tables that later modules add are included without any
 * change here (merge moves them, export reads them).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../security/rate-limit.ts';

export interface PersonReference {
	table: string;
	column: string;
}

export async function personReferences(db: Db): Promise<PersonReference[]> {
	return referencesTo(db, 'people');
}

/** Every foreign-key column that refers to `<table>(id)` (organisations use it too). */
export async function referencesTo(db: Db, table: 'people' | 'organisations'): Promise<PersonReference[]> {
	const rows = rowsOf<{ table: string; column: string }>(
		await db.execute(sql`
			select kcu.table_name as "table", kcu.column_name as "column"
			from information_schema.table_constraints tc
			join information_schema.key_column_usage kcu
				on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
			join information_schema.constraint_column_usage ccu
				on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
			where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()
				and ccu.table_name = ${table} and ccu.column_name = 'id'
			order by kcu.table_name, kcu.column_name`)
	);
	return rows;
}
