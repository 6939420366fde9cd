/**
 * The exact integer programme of a timetable instance, written in CPLEX LP text for an
 * outside MIP solver (HiGHS in `sif timetable bench`). Used only to compare sif's solver
 * with an exact method; one binary x{p}_{t} per listed pair p and common slot t.
 */
import type { Meeting } from '../../schemas/timetable.ts';
import type { TimetableModel } from './model.ts';

export interface TimetableIlp {
	text: string;
	variableCount: number;
	/** Reads the meetings back from the solver's column values. */
	meetingsFrom(primal: (name: string) => number): Meeting[];
}

export function buildTimetableIlp(m: TimetableModel): TimetableIlp {
	const T = m.slots;
	const name = (p: number, t: number) => `x${p}_${t}`;
	const lines: string[] = ['Maximize', ' obj:'];
	const sum = (terms: string[]) => {
		for (let k = 0; k < terms.length; k += 8) lines.push('  ' + (k > 0 ? '+ ' : '') + terms.slice(k, k + 8).join(' + '));
	};
	const objective: string[] = [];
	let variableCount = 0;
	for (let p = 0; p < m.pairScore.length; p++) {
		for (const t of m.pairSlots[p]) {
			objective.push(`${m.pairScore[p]} ${name(p, t)}`);
			variableCount++;
		}
	}
	if (objective.length === 0) objective.push('0 dummy');
	sum(objective);
	lines.push('Subject To');
	let row = 0;
	const constraint = (terms: string[], sense: string, rhs: number) => {
		if (terms.length === 0) {
			if ((sense === '>=' && rhs > 0) || (sense === '=' && rhs !== 0)) {
				lines.push(` r${row++}: 0 dummy ${sense} ${rhs}`); // keeps the model infeasible, as it is
			}
			return;
		}
		lines.push(` r${row++}:`);
		sum(terms);
		lines.push(`  ${sense} ${rhs}`);
	};
	for (let p = 0; p < m.pairScore.length; p++) {
		constraint(Array.from(m.pairSlots[p], (t) => name(p, t)), m.pairMust[p] ? '=' : '<=', 1);
	}
	for (let c = 0; c < m.chancegiverIds.length; c++) {
		const all: string[] = [];
		for (let t = 0; t < T; t++) {
			const terms: string[] = [];
			for (const p of m.chancegiverPairs[c]) if (m.pairSlots[p].includes(t)) terms.push(name(p, t));
			if (terms.length > 1) constraint(terms, '<=', 1);
			all.push(...terms);
		}
		if (all.length > m.chancegiverCapacity[c]) constraint(all, '<=', m.chancegiverCapacity[c]);
	}
	for (let i = 0; i < m.innovatorIds.length; i++) {
		const all: string[] = [];
		const funders: string[] = [];
		for (let t = 0; t < T; t++) {
			const terms: string[] = [];
			for (const p of m.innovatorPairs[i]) {
				if (!m.pairSlots[p].includes(t)) continue;
				terms.push(name(p, t));
				if (m.isFunder[m.pairChancegiver[p]]) funders.push(name(p, t));
			}
			if (terms.length > m.seats[i]) constraint(terms, '<=', m.seats[i]);
			all.push(...terms);
		}
		if (all.length > m.innovatorCapacity[i]) constraint(all, '<=', m.innovatorCapacity[i]);
		if (m.minMeetings > 0) constraint(all, '>=', m.minMeetings);
		if (m.minFunders > 0) constraint(funders, '>=', m.minFunders);
	}
	lines.push('Bounds');
	if (objective[0] === '0 dummy') lines.push(' dummy = 0');
	for (const { pair, slot } of m.locks) {
		if (m.pairSlots[pair].includes(slot)) lines.push(` ${name(pair, slot)} = 1`);
		else lines.push(` r${row++}_lock: 0 dummy >= 1`);
	}
	lines.push('Binary');
	const binaries: string[] = [];
	for (let p = 0; p < m.pairScore.length; p++) for (const t of m.pairSlots[p]) binaries.push(name(p, t));
	for (let k = 0; k < binaries.length; k += 16) lines.push(' ' + binaries.slice(k, k + 16).join(' '));
	lines.push('End');

	return {
		text: lines.join('\n') + '\n',
		variableCount,
		meetingsFrom(primal) {
			const meetings: Meeting[] = [];
			for (let p = 0; p < m.pairScore.length; p++) {
				for (const t of m.pairSlots[p]) {
					if (primal(name(p, t)) > 0.5) {
						meetings.push({ innovator: m.innovatorIds[m.pairInnovator[p]], chancegiver: m.chancegiverIds[m.pairChancegiver[p]], slot: t });
					}
				}
			}
			return meetings;
		}
	};
}
