import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

export interface RateLimitResult {
	allowed: boolean;
	count: number;
	retryAfterSeconds: number;
}

/**
 * Counts one hit on `key` in a fixed window and says whether it stays within `limit`.
 * One upsert statement, so concurrent requests and several app instances count exactly.
 */
export async function hitRateLimit(
	db: Db,
	key: string,
	limit: number,
	windowSeconds: number
): Promise<RateLimitResult> {
	const result = await db.execute<{ count: number; window_start: string }>(sql`
		insert into rate_limits (key, window_start, count) values (${key}, now(), 1)
		on conflict (key) do update set
			count = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds})
				then 1 else rate_limits.count + 1 end,
			window_start = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds})
				then now() else rate_limits.window_start end
		returning count, window_start`);
	const row = rowsOf<{ count: number; window_start: string }>(result)[0];
	const count = Number(row.count);
	const elapsed = (Date.now() - new Date(row.window_start).getTime()) / 1000;
	return {
		allowed: count <= limit,
		count,
		retryAfterSeconds: Math.max(1, Math.ceil(windowSeconds - elapsed))
	};
}

/** Forgets a key, e.g. an account's failed logins after a successful one. */
export async function clearRateLimit(db: Db, key: string): Promise<void> {
	await db.execute(sql`delete from rate_limits where key = ${key}`);
}

/** node-postgres and PGlite both answer `{ rows }` from execute. */
export function rowsOf<T>(result: unknown): T[] {
	return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

/** The current count of `key` in its window without counting a hit (0 when expired). */
export async function peekRateLimit(db: Db, key: string, windowSeconds: number): Promise<RateLimitResult> {
	const result = await db.execute<{ count: number; window_start: string }>(sql`
		select count, window_start from rate_limits
		where key = ${key} and window_start >= now() - make_interval(secs => ${windowSeconds})`);
	const row = rowsOf<{ count: number; window_start: string }>(result)[0];
	if (!row) return { allowed: true, count: 0, retryAfterSeconds: 0 };
	const elapsed = (Date.now() - new Date(row.window_start).getTime()) / 1000;
	return { allowed: true, count: Number(row.count), retryAfterSeconds: Math.max(1, Math.ceil(windowSeconds - elapsed)) };
}
