/**
 * Figures and the one table printed by `sif timetable bench`: how good a timetable is
 * for the Factory, beyond its total score.
 */
import type { Meeting, TimetableInstance } from '../../schemas/timetable.ts';
import { validateSchedule } from './validate-schedule.ts';

export interface BenchRow {
	instance: string;
	solver: string;
	/** Empty when the solver did not run; `note` says why. */
	objective?: number;
	upperBound?: number;
	lowestInnovatorScore?: number;
	funderShare?: number;
	seconds?: number;
	note?: string;
}

export interface TimetableFigures {
	objective: number;
	/** Lowest sum of meeting scores over all innovators. */
	lowestInnovatorScore: number;
	/** Share of innovators with at least one funder meeting. */
	funderShare: number;
	/** Rules broken (structural rules, or hard rules the solver did not report). */
	violations: number;
}

export function timetableFigures(instance: TimetableInstance, meetings: Meeting[]): TimetableFigures {
	const score = new Map(instance.scores.map(([i, c, s]) => [`${i}\u0000${c}`, s]));
	const funders = new Set(instance.chancegivers.filter((c) => c.role === 'funder').map((c) => c.id));
	const totals = new Map(instance.innovators.map((p) => [p.id, 0]));
	const metFunder = new Set<string>();
	let objective = 0;
	for (const m of meetings) {
		const s = score.get(`${m.innovator}\u0000${m.chancegiver}`) ?? 0;
		objective += s;
		totals.set(m.innovator, (totals.get(m.innovator) ?? 0) + s);
		if (funders.has(m.chancegiver)) metFunder.add(m.innovator);
	}
	const values = [...totals.values()];
	return {
		objective,
		lowestInnovatorScore: values.length ? Math.min(...values) : 0,
		funderShare: instance.innovators.length ? metFunder.size / instance.innovators.length : 0,
		violations: validateSchedule(instance, { meetings }).length
	};
}

export function formatBenchTable(rows: BenchRow[]): string {
	const header = ['instance', 'solver', 'objective', '% of bound', 'min innovator score sum', 'innovators meeting a funder', 'seconds', 'note'];
	const body = rows.map((r) => [
		r.instance,
		r.solver,
		r.objective === undefined ? '—' : String(Math.round(r.objective * 100) / 100),
		r.objective === undefined || !r.upperBound ? '—' : `${((100 * r.objective) / r.upperBound).toFixed(2)}%`,
		r.lowestInnovatorScore === undefined ? '—' : String(r.lowestInnovatorScore),
		r.funderShare === undefined ? '—' : `${(100 * r.funderShare).toFixed(1)}%`,
		r.seconds === undefined ? '—' : r.seconds.toFixed(2),
		r.note ?? ''
	]);
	const widths = header.map((h, k) => Math.max(h.length, ...body.map((row) => row[k].length)));
	const line = (cells: string[]) => '| ' + cells.map((cell, k) => cell.padEnd(widths[k])).join(' | ') + ' |';
	return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...body.map(line)].join('\n') + '\n';
}
