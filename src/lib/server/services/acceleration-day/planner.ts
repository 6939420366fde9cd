/**
 * The planner: the draft timetable as a grid (tables × rounds), the edits staff make on
 * it (move, swap, lock, remove; decision 082), every rule it breaks, and undo.
 * Edits carry the draft's revision so two people never overwrite each other silently.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adVersionEdits, adVersions } from '../../db/schema/acceleration-day.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import type { TimetableInstance } from '../../../schemas/timetable.ts';
import { PlannerEditSchema, type PlannerEditInput } from '../../../schemas/acceleration-day.ts';
import { applyPlannerEdit, PlannerEditError, type PlannedMeeting } from '../../../domain/acceleration-day-planning/planner-edits.ts';
import { diffVersions } from '../../../domain/acceleration-day-planning/version-diff.ts';
import { currentFigures } from '../../../domain/acceleration-day-planning/timetable-figures.ts';
import { validateSchedule } from '../../../domain/acceleration-day/validate-schedule.ts';
import { findVersion, loadDay, loadMeetings, replaceMeetings, type VersionRow } from './day-records.ts';
import { describeUnmet, describeViolation, loadPlanningData, namesOf } from './planning-data.ts';
import { ensureDraft, type SolveReport } from './solve-day.ts';

/** The rules the meetings break against the solved instance with today's locks. */
export function brokenRules(instance: TimetableInstance | null, meetings: readonly PlannedMeeting[]) {
	if (!instance) return [];
	const locked = meetings.filter((m) => m.locked).map((m) => [m.innovator, m.chancegiver, m.slot] as [string, string, number]);
	return validateSchedule({ ...instance, locked }, { meetings: meetings.map(({ innovator, chancegiver, slot }) => ({ innovator, chancegiver, slot })) });
}

export async function getPlanner(db: Db, actor: Actor, dayId: string, locale: Locale = 'nl') {
	authorize(actor, 'accelerationDay.plan');
	const data = await loadPlanningData(db, dayId, locale);
	const [draft, published] = await Promise.all([findVersion(db, dayId, 'draft'), findVersion(db, dayId, 'published')]);
	const shown = draft ?? published;
	const meetings = shown ? await loadMeetings(db, shown.id) : [];
	const publishedMeetings = published ? await loadMeetings(db, published.id) : null;
	const names = namesOf(data.participants);
	const instance = (shown?.instance as TimetableInstance | null) ?? null;
	const report = (shown?.solveReport as SolveReport | null) ?? null;
	const scores = new Map((instance?.scores ?? []).map(([i, c, s]) => [`${i}|${c}`, s]));
	const diff = draft ? diffVersions(publishedMeetings, meetings) : null;
	const scored = meetings.map((m) => ({ ...m, score: scores.get(`${m.innovator}|${m.chancegiver}`) ?? 0 }));
	const undoable = draft
		? (await db.select({ id: adVersionEdits.id }).from(adVersionEdits).where(eq(adVersionEdits.versionId, draft.id)).limit(1)).length > 0
		: false;
	return {
		day: data.day,
		slots: data.blocks.filter((b) => b.kind === 'meeting').map((b) => ({ number: b.slotNumber ?? 0, startsAt: b.startsAt, endsAt: b.endsAt })),
		tables: data.participants
			.filter((p) => p.side === 'innovator' && p.status === 'registered')
			.map((p) => ({ id: p.id, name: p.name, table: p.tableName ?? '', noShow: p.noShowAt !== null })),
		chancegivers: data.participants
			.filter((p) => p.side === 'chancegiver' && p.status === 'registered')
			.map((p) => ({ id: p.id, name: p.name, role: p.role, noShow: p.noShowAt !== null })),
		version: shown ? { id: shown.id, number: shown.number, status: shown.status, revision: shown.revision } : null,
		published: published ? { number: published.number, publishedAt: published.publishedAt } : null,
		report: report
			? {
					...report,
					gap: report.upperBound > 0 ? Math.max(0, (100 * (report.upperBound - report.objective)) / report.upperBound) : 0,
					unmetText: report.unmet.map((u) => describeUnmet(u, names, locale))
				}
			: null,
		meetings: scored,
		/** The grid as it stands (after edits or an undo); `report` is the timetable at the last solve. */
		current: currentFigures(report, scored),
		broken: brokenRules(instance, meetings).map((v) => describeViolation(v, names, locale)),
		diff: diff
			? {
					added: diff.changes.filter((c) => c.kind === 'added').length,
					moved: diff.changes.filter((c) => c.kind === 'moved').length,
					removed: diff.changes.filter((c) => c.kind === 'removed').length,
					people: diff.changedParticipants.length
				}
			: null,
		undoable
	};
}

function checkRevision(version: VersionRow, revision: number | undefined, locale: Locale) {
	if (revision !== undefined && revision !== version.revision) {
		throw new AppError('version_conflict', translate(locale, 'accelerationDay.staleDraft'));
	}
}

/** One planner edit on the draft (a published timetable is copied into a new draft first). */
export async function editDraft(
	db: Db,
	actor: Actor,
	input: { dayId: string; edit: PlannerEditInput; revision?: number },
	locale: Locale = 'nl'
): Promise<{ revision: number; meetings: number }> {
	authorize(actor, 'accelerationDay.plan');
	const edit = parseInput(PlannerEditSchema, input.edit, locale);
	return db.transaction(async (tx) => {
		await loadDay(tx, input.dayId, locale, true);
		const existing = await findVersion(tx, input.dayId, 'draft');
		if (!existing && !(await findVersion(tx, input.dayId, 'published'))) {
			throw new AppError('invalid_state', translate(locale, 'accelerationDay.noDraft'));
		}
		if (existing) checkRevision(existing, input.revision, locale);
		const draft = await ensureDraft(tx, actor, input.dayId);
		const before = await loadMeetings(tx, draft.id);
		let after: PlannedMeeting[];
		try {
			after = applyPlannerEdit(before, edit);
		} catch (error) {
			if (error instanceof PlannerEditError) {
				throw new AppError('invalid_state', translate(locale, `accelerationDay.editRefused_${error.reason}`));
			}
			throw error;
		}
		await tx.insert(adVersionEdits).values({ versionId: draft.id, kind: edit.kind, meetingsBefore: before });
		await replaceMeetings(tx, draft.id, after);
		const revision = draft.revision + 1;
		await tx.update(adVersions).set({ revision }).where(eq(adVersions.id, draft.id));
		await recordAudit(tx, actor, { action: `accelerationDay.plan.${edit.kind}`, subjectType: 'ad_version', subjectId: draft.id, after: edit });
		return { revision, meetings: after.length };
	});
}

/** Takes back the last edit (or solve) of the draft. */
export async function undoDraftEdit(
	db: Db,
	actor: Actor,
	input: { dayId: string; revision?: number },
	locale: Locale = 'nl'
): Promise<{ revision: number; undone: string }> {
	authorize(actor, 'accelerationDay.plan');
	return db.transaction(async (tx) => {
		await loadDay(tx, input.dayId, locale, true);
		const draft = await findVersion(tx, input.dayId, 'draft');
		if (!draft) throw new AppError('invalid_state', translate(locale, 'accelerationDay.nothingToUndo'));
		checkRevision(draft, input.revision, locale);
		const [last] = await tx
			.select()
			.from(adVersionEdits)
			.where(eq(adVersionEdits.versionId, draft.id))
			.orderBy(desc(adVersionEdits.createdAt), desc(adVersionEdits.id))
			.limit(1);
		if (!last) throw new AppError('invalid_state', translate(locale, 'accelerationDay.nothingToUndo'));
		await replaceMeetings(tx, draft.id, last.meetingsBefore as PlannedMeeting[]);
		await tx.delete(adVersionEdits).where(and(eq(adVersionEdits.id, last.id)));
		const revision = draft.revision + 1;
		await tx.update(adVersions).set({ revision }).where(eq(adVersions.id, draft.id));
		await recordAudit(tx, actor, { action: 'accelerationDay.plan.undo', subjectType: 'ad_version', subjectId: draft.id, after: { undone: last.kind } });
		return { revision, undone: last.kind };
	});
}
