import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { TimetableInstance, TimetableSchedule } from '../../schemas/timetable.ts';
import { TimetableScheduleSchema } from '../../schemas/timetable.ts';
import { arbitraryInstance, bruteForceOptimum } from './arbitrary-instance.ts';
import { findInstanceProblems } from './instance-problems.ts';
import { solveTimetable } from './solve-timetable.ts';
import { EXCUSABLE_KINDS, validateSchedule } from './validate-schedule.ts';

/** A clock that advances one millisecond per reading: runs are deterministic and quick. */
function tickingClock() {
	let time = 0;
	return () => time++;
}

function solve(instance: TimetableInstance, ticks = 400): TimetableSchedule {
	return solveTimetable(instance, { timeLimitMs: ticks, now: tickingClock() });
}

/** Every broken rule is a hard rule the schedule itself reports as unmet, and vice versa. */
function expectHonest(instance: TimetableInstance, schedule: TimetableSchedule) {
	expect(TimetableScheduleSchema.safeParse(schedule).success).toBe(true);
	const violations = validateSchedule(instance, schedule);
	expect(violations.filter((v) => !EXCUSABLE_KINDS.has(v.kind))).toEqual([]);
	const reported = new Set(schedule.unmet.map((u) => `${u.kind}/${u.innovator}/${u.chancegiver ?? ''}`));
	for (const v of violations) {
		const key = `${v.kind}/${v.innovator}/${v.kind === 'minMeetings' || v.kind === 'minFunders' ? '' : v.chancegiver}`;
		expect(reported.has(key), `unreported: ${v.message}`).toBe(true);
	}
	for (const u of schedule.unmet) expect(u.reason.length).toBeGreaterThan(10);
	expect(schedule.status === 'infeasible').toBe(schedule.unmet.length > 0);
	expect(schedule.objective).toBeLessThanOrEqual(schedule.upperBound + 1e-6);
	if (schedule.status === 'optimal') expect(schedule.objective).toBeCloseTo(schedule.upperBound, 6);
}

describe('solveTimetable on random instances', () => {
	it('produces a valid timetable and reports every unmet hard rule', () => {
		fc.assert(
			fc.property(arbitraryInstance({ maxInnovators: 6, maxChancegivers: 7, maxSlots: 5 }), (instance) => {
				expect(findInstanceProblems(instance)).toEqual([]);
				expectHonest(instance, solve(instance, 60));
			}),
			{ numRuns: 150, seed: 20261123 }
		);
	}, 20_000);

	it('is optimal and matches brute force when everyone is present all day and nothing is locked', () => {
		fc.assert(
			fc.property(
				arbitraryInstance({ maxInnovators: 3, maxChancegivers: 3, maxSlots: 2, exactCase: true }),
				(instance) => {
					const schedule = solve(instance);
					expectHonest(instance, schedule);
					const optimum = bruteForceOptimum(instance);
					if (optimum === undefined) {
						expect(schedule.status).toBe('infeasible');
					} else {
						expect(schedule.status).toBe('optimal');
						expect(schedule.objective).toBeCloseTo(optimum, 9);
					}
				}
			),
			{ numRuns: 120, seed: 7 }
		);
	});

	it('never claims a bound below the brute-force optimum, and finds it on tiny instances', () => {
		fc.assert(
			fc.property(arbitraryInstance({ maxInnovators: 3, maxChancegivers: 3, maxSlots: 3 }), (instance) => {
				const schedule = solve(instance);
				expectHonest(instance, schedule);
				const optimum = bruteForceOptimum(instance);
				if (optimum !== undefined) {
					expect(schedule.upperBound).toBeGreaterThanOrEqual(optimum - 1e-9);
					expect(schedule.status).not.toBe('infeasible');
					expect(schedule.objective).toBeCloseTo(optimum, 9);
				}
			}),
			{ numRuns: 120, seed: 11 }
		);
	});
});

describe('solveTimetable with hard rules that cannot hold', () => {
	const base: TimetableInstance = {
		slots: 3,
		innovators: [
			{ id: 'i1', available: [0] },
			{ id: 'i2', available: [0, 1, 2] }
		],
		chancegivers: [
			{ id: 'c1', role: 'funder', available: [2] },
			{ id: 'c2', role: 'expert' },
			{ id: 'c3', role: 'mentor' }
		],
		scores: [
			['i1', 'c1', 50],
			['i1', 'c2', 10],
			['i2', 'c2', 30],
			['i2', 'c3', 20]
		]
	};

	it('explains a must-meet pair without a common slot and still schedules the rest', () => {
		const instance = { ...base, mustMeet: [['i1', 'c1']] as [string, string][] };
		const schedule = solve(instance);
		expect(schedule.status).toBe('infeasible');
		expect(schedule.unmet).toHaveLength(1);
		expect(schedule.unmet[0]).toMatchObject({ kind: 'mustMeet', innovator: 'i1', chancegiver: 'c1' });
		expect(schedule.unmet[0].reason).toContain('no common slot');
		expect(schedule.objective).toBe(60);
		expectHonest(instance, schedule);
	});

	it('explains a funder floor nobody can reach', () => {
		const instance = { ...base, minFundersPerInnovator: 1 };
		const schedule = solve(instance);
		expect(schedule.unmet.map((u) => [u.kind, u.innovator])).toEqual([
			['minFunders', 'i1'],
			['minFunders', 'i2']
		]);
		expect(schedule.unmet[0].reason).toContain('funders');
		expectHonest(instance, schedule);
	});

	it('keeps the first of two conflicting locks and explains the second', () => {
		const instance: TimetableInstance = {
			...base,
			locked: [
				['i1', 'c2', 0],
				['i2', 'c2', 0]
			]
		};
		const schedule = solve(instance);
		expect(schedule.unmet).toEqual([
			expect.objectContaining({ kind: 'locked', innovator: 'i2', chancegiver: 'c2', slot: 0 })
		]);
		expect(schedule.meetings).toContainEqual({ innovator: 'i1', chancegiver: 'c2', slot: 0 });
		expectHonest(instance, schedule);
	});

	it('reports a meeting floor above what a table can hold', () => {
		const instance = { ...base, minMeetingsPerInnovator: 2 };
		const schedule = solve(instance);
		expect(schedule.unmet).toEqual([expect.objectContaining({ kind: 'minMeetings', innovator: 'i1' })]);
		expect(schedule.unmet[0].reason).toContain('at most 1');
		expectHonest(instance, schedule);
	});
});
