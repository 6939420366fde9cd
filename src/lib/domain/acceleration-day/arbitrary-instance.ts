/**
 * Test support: fast-check arbitraries for small timetable instances with every rule of
 * the contract (partial availability, seats, maxMeetings, floors, must-meet, locks), and
 * a brute-force optimum to compare the solver with. Imported by tests only.
 */
import fc from 'fast-check';
import type { Meeting, TimetableInstance } from '../../schemas/timetable.ts';
import { validateSchedule } from './validate-schedule.ts';

export interface InstanceShape {
	maxInnovators: number;
	maxChancegivers: number;
	maxSlots: number;
	/** Everyone present all day and nothing locked: the solver's exact case. */
	exactCase?: boolean;
}

export function arbitraryInstance(shape: InstanceShape): fc.Arbitrary<TimetableInstance> {
	return fc
		.record({
			slots: fc.integer({ min: 1, max: shape.maxSlots }),
			nI: fc.integer({ min: 1, max: shape.maxInnovators }),
			nC: fc.integer({ min: 1, max: shape.maxChancegivers }),
			seed: fc.array(fc.nat(1000), { minLength: 60, maxLength: 60 })
		})
		.map(({ slots, nI, nC, seed }) => {
			let k = 0;
			const next = () => seed[k++ % seed.length] + k; // deterministic stream
			const chance = (percent: number) => next() % 100 < percent;
			const slotsOf = () => {
				if (shape.exactCase || chance(40)) return undefined;
				const list = [...Array(slots).keys()].filter(() => chance(65));
				return list;
			};
			const innovators = [...Array(nI).keys()].map((i) => ({
				id: `i${i}`,
				...(chance(30) ? { seats: 1 + (next() % 2) } : {}),
				...(chance(25) ? { maxMeetings: next() % 4 } : {}),
				...(() => {
					const available = slotsOf();
					return available ? { available } : {};
				})()
			}));
			const roles = ['funder', 'expert', 'mentor', 'networker'] as const;
			const chancegivers = [...Array(nC).keys()].map((c) => ({
				id: `c${c}`,
				role: roles[next() % 4],
				...(chance(25) ? { maxMeetings: next() % 3 } : {}),
				...(() => {
					const available = slotsOf();
					return available ? { available } : {};
				})()
			}));
			const scores: [string, string, number][] = [];
			for (const inn of innovators) {
				for (const cg of chancegivers) if (chance(60)) scores.push([inn.id, cg.id, 1 + (next() % 20)]);
			}
			const mustMeet = scores.filter(() => chance(12)).map(([i, c]) => [i, c] as [string, string]);
			const locked: [string, string, number][] = [];
			if (!shape.exactCase) {
				for (const [i, c] of scores) {
					if (!chance(10)) continue;
					const both = [...Array(slots).keys()].filter(
						(t) =>
							(innovators.find((p) => p.id === i)!.available ?? [t]).includes(t) &&
							(chancegivers.find((p) => p.id === c)!.available ?? [t]).includes(t)
					);
					if (both.length) locked.push([i, c, both[next() % both.length]]);
				}
			}
			const instance: TimetableInstance = {
				slots,
				...(chance(50) ? { seats: 1 + (next() % 2) } : {}),
				innovators,
				chancegivers,
				scores,
				...(mustMeet.length ? { mustMeet } : {}),
				...(locked.length ? { locked } : {}),
				...(chance(30) ? { minMeetingsPerInnovator: next() % 3 } : {}),
				...(chance(30) ? { minFundersPerInnovator: 1 } : {})
			};
			return instance;
		});
}

/**
 * The best objective of any timetable that breaks no rule at all, by trying every slot
 * (or none) for every pair; undefined when no valid timetable exists. Exponential: keep
 * (slots + 1) ^ pairs small.
 */
export function bruteForceOptimum(instance: TimetableInstance): number | undefined {
	const pairs = instance.scores;
	let best: number | undefined;
	const chosen: Meeting[] = [];
	const visit = (index: number, objective: number) => {
		if (index === pairs.length) {
			if (validateSchedule(instance, { meetings: chosen }).length === 0) {
				if (best === undefined || objective > best) best = objective;
			}
			return;
		}
		visit(index + 1, objective);
		const [innovator, chancegiver, score] = pairs[index];
		for (let slot = 0; slot < instance.slots; slot++) {
			chosen.push({ innovator, chancegiver, slot });
			if (validPrefix(instance, chosen)) visit(index + 1, objective + score);
			chosen.pop();
		}
	};
	visit(0, 0);
	return best;
}

/** Prunes the search: the meetings so far break no rule that more meetings cannot fix. */
function validPrefix(instance: TimetableInstance, meetings: Meeting[]): boolean {
	return validateSchedule(instance, { meetings }).every((v) =>
		['mustMeet', 'locked', 'minMeetings', 'minFunders'].includes(v.kind)
	);
}
