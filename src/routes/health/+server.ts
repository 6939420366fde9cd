import { json, type RequestHandler } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { version } from '$lib/server/config';

/** Liveness and the engine in use: {"status":"ok","database":"pglite"|"postgres","version"}. */
export const GET: RequestHandler = async ({ locals }) => {
	try {
		await locals.db.execute(sql`select 1`);
		return json({ status: 'ok', database: locals.engine, version });
	} catch {
		return json({ status: 'error', database: locals.engine, version }, { status: 503 });
	}
};
