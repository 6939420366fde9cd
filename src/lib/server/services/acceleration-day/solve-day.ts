/**
 * Staff solve the day: the instance is built from the registrations (build-instance),
 * solved in-process within the time limit, and stored as the draft version with the
 * solver's report. Locked meetings of the draft stay where they are (re-solve).
 */
import { and, eq, max } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adDays, adVersionEdits, adVersions } from '../../db/schema/acceleration-day.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import type { TimetableSchedule } from '../../../schemas/timetable.ts';
import { solveTimetable } from '../../../domain/acceleration-day/solve-timetable.ts';
import { findInstanceProblems } from '../../../domain/acceleration-day/instance-problems.ts';
import type { PlannedMeeting } from '../../../domain/acceleration-day-planning/planner-edits.ts';
import { findVersion, loadDay, loadMeetings, replaceMeetings, type VersionRow } from './day-records.ts';
import { describeUnmet, loadPlanningData, namesOf, planningInstance } from './planning-data.ts';

export interface SolveReport {
	status: TimetableSchedule['status'];
	objective: number;
	upperBound: number;
	seconds: number;
	unmet: TimetableSchedule['unmet'];
	/** Meetings the solve produced (reports stored before it was kept lack it). */
	meetings?: number;
}

export interface SolveAnswer extends SolveReport {
	versionId: string;
	meetings: number;
	/** The unmet rules in plain words, in the caller's language. */
	unmetText: string[];
}

/** The draft to edit: the existing draft, or a new one copied from the published version. */
export async function ensureDraft(tx: Db, actor: Actor, dayId: string): Promise<VersionRow> {
	const draft = await findVersion(tx, dayId, 'draft');
	if (draft) return draft;
	const published = await findVersion(tx, dayId, 'published');
	const [{ last }] = await tx.select({ last: max(adVersions.number) }).from(adVersions).where(eq(adVersions.dayId, dayId));
	const [row] = await tx
		.insert(adVersions)
		.values({
			dayId,
			number: (last ?? 0) + 1,
			status: 'draft',
			instance: published?.instance ?? null,
			solveReport: published?.solveReport ?? null,
			createdBy: actor.kind === 'user' ? actor.userId : null
		})
		.returning();
	if (published) await replaceMeetings(tx, row.id, await loadMeetings(tx, published.id));
	return row;
}

export async function solveDay(
	db: Db,
	actor: Actor,
	input: { dayId: string; timeLimitSeconds?: number },
	locale: Locale = 'nl'
): Promise<SolveAnswer> {
	authorize(actor, 'accelerationDay.plan');
	const data = await loadPlanningData(db, input.dayId, locale);
	if (data.day.status === 'done') throw new AppError('invalid_state', translate(locale, 'accelerationDay.dayIsOver'));
	const draft = await findVersion(db, input.dayId, 'draft');
	const published = draft ? null : await findVersion(db, input.dayId, 'published');
	const current = draft ?? published;
	const locked = current ? (await loadMeetings(db, current.id)).filter((m) => m.locked) : [];
	const instance = planningInstance(data, locked);
	if (instance.innovators.length === 0 || instance.chancegivers.length === 0) {
		throw new AppError('invalid_state', translate(locale, 'accelerationDay.nothingToSolve'));
	}
	const problems = findInstanceProblems(instance);
	if (problems.length > 0) throw new AppError('invalid_state', problems.join('; '));
	const seconds = Math.min(120, Math.max(1, input.timeLimitSeconds ?? data.day.solveSeconds));
	const schedule = solveTimetable(instance, { timeLimitMs: seconds * 1000, now: () => performance.now() });
	const lockedKeys = new Set((instance.locked ?? []).map(([i, c, s]) => `${i}|${c}|${s}`));
	const meetings: PlannedMeeting[] = schedule.meetings.map((m) => ({
		...m,
		locked: lockedKeys.has(`${m.innovator}|${m.chancegiver}|${m.slot}`)
	}));
	const report: SolveReport = {
		status: schedule.status,
		objective: schedule.objective,
		upperBound: schedule.upperBound,
		seconds: schedule.seconds,
		unmet: schedule.unmet,
		meetings: meetings.length
	};
	const versionId = await db.transaction(async (tx) => {
		await loadDay(tx, input.dayId, locale, true);
		const version = await ensureDraft(tx, actor, input.dayId);
		await tx.insert(adVersionEdits).values({ versionId: version.id, kind: 'solve', meetingsBefore: await loadMeetings(tx, version.id) });
		await replaceMeetings(tx, version.id, meetings);
		await tx
			.update(adVersions)
			.set({ instance, solveReport: report, revision: version.revision + 1 })
			.where(eq(adVersions.id, version.id));
		await tx
			.update(adDays)
			.set({ status: 'planning', updatedAt: new Date() })
			.where(and(eq(adDays.id, input.dayId), eq(adDays.status, 'registration')));
		await recordAudit(tx, actor, {
			action: 'accelerationDay.solve',
			subjectType: 'ad_version',
			subjectId: version.id,
			after: { ...report, timeLimitSeconds: seconds }
		});
		return version.id;
	});
	const names = namesOf(data.participants);
	return {
		versionId,
		...report,
		meetings: meetings.length,
		unmetText: report.unmet.map((u) => describeUnmet(u, names, locale))
	};
}
