/**
 * The planner's figures for the timetable as it stands now (after edits or an undo),
 * beside the solver's report, which describes the timetable at the last solve. The
 * upper bound stays valid after edits (it bounds every timetable of the same instance),
 * so the gap is recomputed against the current score; a timetable that breaks rules may
 * score above the bound, then the gap is 0.
 */
export interface SolveFigures {
	objective: number;
	upperBound: number;
	/** Meetings at the solve; absent in reports stored before it was recorded. */
	meetings?: number;
}

export interface CurrentFigures {
	meetings: number;
	objective: number;
	/** Percent below the solve's upper bound; null without a solve or a positive bound. */
	gap: number | null;
	/** Whether the grid differs in score or size from what the last solve produced. */
	changedSinceSolve: boolean;
}

export function currentFigures(report: SolveFigures | null, meetings: readonly { score: number }[]): CurrentFigures {
	const objective = meetings.reduce((sum, m) => sum + m.score, 0);
	const gap = report && report.upperBound > 0 ? Math.max(0, (100 * (report.upperBound - objective)) / report.upperBound) : null;
	const changedSinceSolve =
		report !== null && (Math.abs(objective - report.objective) > 1e-9 || (report.meetings !== undefined && report.meetings !== meetings.length));
	return { meetings: meetings.length, objective, gap, changedSinceSolve };
}
