import { describe, expect, it } from 'vitest';
import { currentFigures } from './timetable-figures.ts';

const scores = (...s: number[]) => s.map((score) => ({ score }));

describe('currentFigures', () => {
	it('matches the solve while the grid is what the solver produced', () => {
		expect(currentFigures({ objective: 60, upperBound: 80, meetings: 3 }, scores(10, 20, 30))).toEqual({ meetings: 3, objective: 60, gap: 25, changedSinceSolve: false });
	});

	it('recomputes score, count and gap after an edit or undo, against the same upper bound', () => {
		// an undo restored a smaller earlier grid: two meetings, score 30
		expect(currentFigures({ objective: 60, upperBound: 80, meetings: 3 }, scores(10, 20))).toEqual({ meetings: 2, objective: 30, gap: 62.5, changedSinceSolve: true });
		// a swap that keeps the score but an older report without a meeting count
		expect(currentFigures({ objective: 60, upperBound: 80 }, scores(30, 30)).changedSinceSolve).toBe(false);
		// same score, different number of meetings
		expect(currentFigures({ objective: 60, upperBound: 60, meetings: 3 }, scores(60)).changedSinceSolve).toBe(true);
	});

	it('never shows a negative gap, and none without a solve or a bound', () => {
		expect(currentFigures({ objective: 60, upperBound: 50, meetings: 1 }, scores(70)).gap).toBe(0);
		expect(currentFigures({ objective: 0, upperBound: 0, meetings: 0 }, []).gap).toBeNull();
		expect(currentFigures(null, scores(5))).toEqual({ meetings: 1, objective: 5, gap: null, changedSinceSolve: false });
	});
});
