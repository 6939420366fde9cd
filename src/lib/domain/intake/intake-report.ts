/**
 * The intake report's arithmetic (pure): the funnel per month or year, durations and
 * medians, needs against offers. Periods are the Brussels calendar month or year of the
 * request; a case counts in every stage it reached (requested ≥ intake ≥ active ≥ exited).
 */
export interface FunnelFacts {
	/** The Brussels day of the request, YYYY-MM-DD. */
	requestedOn: string;
	reachedIntake: boolean;
	reachedActive: boolean;
	exited: boolean;
}

export interface FunnelRow {
	period: string;
	requested: number;
	intake: number;
	active: number;
	exited: number;
}

export function funnel(facts: FunnelFacts[], by: 'month' | 'year'): FunnelRow[] {
	const rows = new Map<string, FunnelRow>();
	for (const f of facts) {
		const period = by === 'year' ? f.requestedOn.slice(0, 4) : f.requestedOn.slice(0, 7);
		const row = rows.get(period) ?? { period, requested: 0, intake: 0, active: 0, exited: 0 };
		row.requested += 1;
		if (f.reachedIntake || f.reachedActive) row.intake += 1;
		if (f.reachedActive) row.active += 1;
		if (f.exited && f.reachedActive) row.exited += 1;
		rows.set(period, row);
	}
	return [...rows.values()].sort((a, b) => a.period.localeCompare(b.period));
}

export const DAY_MS = 24 * 3600 * 1000;

/** Whole days, rounded to one decimal. */
export const days = (from: Date, to: Date) => Math.round(((to.getTime() - from.getTime()) / DAY_MS) * 10) / 10;

export function average(values: number[]): number | null {
	if (values.length === 0) return null;
	return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

export function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : Math.round(((sorted[mid - 1] + sorted[mid]) / 2) * 10) / 10;
}

export interface GapRow {
	category: string;
	needs: number;
	offers: number;
	/** needs − offers: positive means the network offers too little. */
	gap: number;
}

/** Open needs against offers per category, the largest shortage first. */
export function needsGap(needs: Map<string, number>, offers: Map<string, number>): GapRow[] {
	const categories = new Set([...needs.keys(), ...offers.keys()]);
	return [...categories]
		.map((category) => {
			const n = needs.get(category) ?? 0;
			const o = offers.get(category) ?? 0;
			return { category, needs: n, offers: o, gap: n - o };
		})
		.sort((a, b) => b.gap - a.gap || b.needs - a.needs || a.category.localeCompare(b.category));
}
