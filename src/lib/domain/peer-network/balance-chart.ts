/**
 * The "My points" chart: the balance over time as a step line, computed from ledger
 * entries. Pure: entries in, SVG path and axis data out, so it is tested without a browser.
 */
export interface ChartEntry {
	points: number;
	/** ISO date-time of the booking. */
	createdAt: string;
}

export interface BalanceStep {
	at: number;
	balance: number;
}

/** Running balance after each entry, oldest first, starting from 0 at the first entry. */
export function balanceSteps(entries: readonly ChartEntry[]): BalanceStep[] {
	const sorted = [...entries].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
	let balance = 0;
	const steps: BalanceStep[] = [];
	if (sorted.length) steps.push({ at: Date.parse(sorted[0].createdAt), balance: 0 });
	for (const entry of sorted) {
		balance += entry.points;
		steps.push({ at: Date.parse(entry.createdAt), balance });
	}
	return steps;
}

export interface StepChart {
	width: number;
	height: number;
	/** SVG path of the step line ("M x y H x V y …"). */
	path: string;
	/** y of the floor line and of zero. */
	floorY: number;
	zeroY: number;
	min: number;
	max: number;
}

/**
 * Lays the steps out in a width × height box (with a margin), the y range covering the
 * floor, zero and every balance; `until` is the right edge (now, passed in).
 */
export function stepChart(
	steps: readonly BalanceStep[],
	floor: number,
	until: number,
	width = 600,
	height = 200,
	margin = 20
): StepChart {
	const balances = steps.map((s) => s.balance);
	const min = Math.min(floor, 0, ...balances);
	const max = Math.max(0, ...balances, min + 1);
	const start = steps.length ? steps[0].at : until - 1;
	const end = Math.max(until, start + 1);
	const x = (t: number) => margin + ((t - start) / (end - start)) * (width - 2 * margin);
	const y = (v: number) => margin + ((max - v) / (max - min)) * (height - 2 * margin);
	const round = (n: number) => Math.round(n * 10) / 10;
	let path = `M ${round(x(start))} ${round(y(0))}`;
	for (const step of steps) {
		path += ` H ${round(x(step.at))} V ${round(y(step.balance))}`;
	}
	path += ` H ${round(x(end))}`;
	return { width, height, path, floorY: round(y(floor)), zeroY: round(y(0)), min, max };
}
