/**
 * The figures of a registration load test (pure): outcomes of N simultaneous registrations
 * and their latencies, checked against first come, first served: exactly
 * min(people, capacity) confirmed, the rest waitlisted, no errors.
 */
export interface Attempt {
	/** HTTP status, or 0 when the request failed before an answer. */
	httpStatus: number;
	/** 'confirmed' | 'waitlisted' from a 201, else null. */
	outcome: 'confirmed' | 'waitlisted' | null;
	ms: number;
}

export interface LoadFigures {
	people: number;
	capacity: number;
	confirmed: number;
	waitlisted: number;
	errors: number;
	errorsByStatus: Record<string, number>;
	p50: number;
	p95: number;
	max: number;
	ok: boolean;
}

/** Nearest-rank percentile (p in 0..100) of unsorted values; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
	if (!values.length) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function loadFigures(capacity: number, attempts: readonly Attempt[]): LoadFigures {
	const confirmed = attempts.filter((a) => a.outcome === 'confirmed').length;
	const waitlisted = attempts.filter((a) => a.outcome === 'waitlisted').length;
	const failed = attempts.filter((a) => a.outcome === null);
	const errorsByStatus: Record<string, number> = {};
	for (const a of failed) errorsByStatus[String(a.httpStatus)] = (errorsByStatus[String(a.httpStatus)] ?? 0) + 1;
	const ms = attempts.map((a) => a.ms);
	const expectedConfirmed = Math.min(attempts.length, capacity);
	return {
		people: attempts.length,
		capacity,
		confirmed,
		waitlisted,
		errors: failed.length,
		errorsByStatus,
		p50: percentile(ms, 50),
		p95: percentile(ms, 95),
		max: ms.length ? Math.max(...ms) : 0,
		ok: failed.length === 0 && confirmed === expectedConfirmed && waitlisted === attempts.length - expectedConfirmed
	};
}

/** A plain-text table (Markdown-compatible) of the figures. */
export function formatLoadTable(f: LoadFigures, extra: Record<string, string | number> = {}): string {
	const rows: [string, string][] = [
		['people', String(f.people)],
		['capacity', String(f.capacity)],
		['confirmed', String(f.confirmed)],
		['waitlisted', String(f.waitlisted)],
		['errors', f.errors ? `${f.errors} (${Object.entries(f.errorsByStatus).map(([s, n]) => `${s}: ${n}`).join(', ')})` : '0'],
		['p50 latency', `${Math.round(f.p50)} ms`],
		['p95 latency', `${Math.round(f.p95)} ms`],
		['max latency', `${Math.round(f.max)} ms`],
		...Object.entries(extra).map(([k, v]) => [k, String(v)] as [string, string]),
		['first come, first served', f.ok ? 'yes' : 'NO']
	];
	const width = Math.max(...rows.map(([k]) => k.length));
	const valueWidth = Math.max(5, ...rows.map(([, v]) => v.length));
	return [
		`| ${'what'.padEnd(width)} | ${'value'.padEnd(valueWidth)} |`,
		`| ${'-'.repeat(width)} | ${'-'.repeat(valueWidth)} |`,
		...rows.map(([k, v]) => `| ${k.padEnd(width)} | ${v.padEnd(valueWidth)} |`)
	].join('\n');
}
