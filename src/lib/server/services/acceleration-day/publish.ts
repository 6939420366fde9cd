/**
 * Publishing a timetable version, and refilling seats of no-shows on the day (decision
 * 083). Both compare with the last published version and e-mail a new agenda (web link,
 * PDF and .ics) only to the people whose agenda changed.
 */
import { and, eq, max } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adDays, adVersions } from '../../db/schema/acceleration-day.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { translate } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/core.ts';
import type { TimetableInstance } from '../../../schemas/timetable.ts';
import { diffVersions } from '../../../domain/acceleration-day-planning/version-diff.ts';
import { refillInstance } from '../../../domain/acceleration-day-planning/refill.ts';
import { solveTimetable } from '../../../domain/acceleration-day/solve-timetable.ts';
import { agendaContext, agendaIcs, agendaLines, agendaOf, agendaPdf, toBase64 } from './agenda.ts';
import { findVersion, loadBlocks, loadDay, loadMeetings, loadParticipants, personalLink, replaceMeetings, type VersionRow } from './day-records.ts';
import { describeUnmet, namesOf } from './planning-data.ts';
import type { SolveReport } from './solve-day.ts';

/** Sends each listed participant their agenda of `version` (inside the caller's transaction). */
export async function sendAgendas(tx: Db, dayId: string, version: VersionRow, participantIds: readonly string[], changed: boolean): Promise<number> {
	const context = await agendaContext(tx, dayId, version.id);
	context.versionNumber = version.number;
	let sent = 0;
	for (const id of participantIds) {
		const person = context.participants.get(id);
		if (!person?.email || person.status !== 'registered' || person.noShowAt) continue;
		const l = person.locale;
		const agenda = agendaOf(context, id);
		const slug = context.day.title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'agenda';
		await enqueueEmail(tx, {
			to: person.email,
			kind: 'accelerationDay.agenda',
			subject: translate(l, changed ? 'accelerationDay.agendaChangedSubject' : 'accelerationDay.agendaSubject', { title: context.day.title }),
			text: translate(l, 'accelerationDay.agendaBody', {
				name: person.name,
				title: context.day.title,
				date: formatDate(l, context.day.date),
				venue: context.day.venue,
				lines: agendaLines(agenda, l).join('\n'),
				url: `${personalLink(person.token)}/agenda`
			}),
			attachments: [
				{ filename: `${slug}.pdf`, contentType: 'application/pdf', content: toBase64(agendaPdf(agenda, l)) },
				{ filename: `${slug}.ics`, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: toBase64(agendaIcs(agenda, context, person.token, l)) }
			]
		});
		sent++;
	}
	return sent;
}

/** Makes `version` the published one; returns the changes and how many were told. */
async function makePublished(tx: Db, actor: Actor, dayId: string, version: VersionRow, previous: VersionRow | null, action: string) {
	const before = previous ? await loadMeetings(tx, previous.id) : null;
	const after = await loadMeetings(tx, version.id);
	const diff = diffVersions(before, after);
	if (previous) await tx.update(adVersions).set({ status: 'superseded' }).where(eq(adVersions.id, previous.id));
	const [row] = await tx
		.update(adVersions)
		.set({ status: 'published', publishedAt: new Date() })
		.where(eq(adVersions.id, version.id))
		.returning();
	await tx.update(adDays).set({ status: 'published', updatedAt: new Date() }).where(and(eq(adDays.id, dayId), eq(adDays.status, 'planning')));
	const notified = await sendAgendas(tx, dayId, row, diff.changedParticipants, previous !== null);
	await recordAudit(tx, actor, {
		action,
		subjectType: 'ad_version',
		subjectId: version.id,
		after: { number: version.number, changes: diff.changes.length, notified }
	});
	return { versionId: version.id, number: version.number, changes: diff.changes.length, notified };
}

export async function publishDraft(db: Db, actor: Actor, input: { dayId: string; revision?: number }, locale: Locale = 'nl') {
	authorize(actor, 'accelerationDay.plan');
	return db.transaction(async (tx) => {
		await loadDay(tx, input.dayId, locale, true);
		const draft = await findVersion(tx, input.dayId, 'draft');
		if (!draft) throw new AppError('invalid_state', translate(locale, 'accelerationDay.noDraft'));
		if (input.revision !== undefined && input.revision !== draft.revision) {
			throw new AppError('version_conflict', translate(locale, 'accelerationDay.staleDraft'));
		}
		const previous = await findVersion(tx, input.dayId, 'published');
		return makePublished(tx, actor, input.dayId, draft, previous, 'accelerationDay.publish');
	});
}

/** The first round that has not begun at `now` (the number of rounds when all have). */
export function firstOpenSlot(blocks: readonly { kind: string; slotNumber: number | null; startsAt: Date }[], now: Date): number {
	const open = blocks.filter((b) => b.kind === 'meeting' && b.startsAt > now).map((b) => b.slotNumber ?? 0);
	return open.length ? Math.min(...open) : blocks.filter((b) => b.kind === 'meeting').length;
}

/**
 * Re-solves the rounds from `fromSlot` on (default: the first that has not begun) with
 * every standing meeting kept, so the seats of no-shows go to who is there; publishes
 * the result at once and sends the changed agendas. A pending draft is dropped.
 */
export async function refillDay(
	db: Db,
	actor: Actor,
	input: { dayId: string; fromSlot?: number; timeLimitSeconds?: number },
	locale: Locale = 'nl',
	now = new Date()
) {
	authorize(actor, 'accelerationDay.checkIn');
	const day = await loadDay(db, input.dayId, locale);
	const published = await findVersion(db, input.dayId, 'published');
	if (!published?.instance) throw new AppError('invalid_state', translate(locale, 'accelerationDay.notPublishedYet'));
	const blocks = await loadBlocks(db, input.dayId);
	const participants = await loadParticipants(db, input.dayId);
	const slots = blocks.filter((b) => b.kind === 'meeting').length;
	const fromSlot = input.fromSlot ?? firstOpenSlot(blocks, now);
	if (!Number.isInteger(fromSlot) || fromSlot < 0 || fromSlot >= slots) {
		throw new AppError('validation_failed', translate(locale, 'common.formHasErrors'), {
			fields: { fromSlot: [translate(locale, 'accelerationDay.refillNoSlotsLeft')] }
		});
	}
	const noShowIds = new Set(participants.filter((p) => p.noShowAt !== null).map((p) => p.id));
	const meetings = await loadMeetings(db, published.id);
	const instance = refillInstance({ instance: published.instance as TimetableInstance, meetings, noShowIds, fromSlot });
	const seconds = Math.min(120, Math.max(1, input.timeLimitSeconds ?? day.solveSeconds));
	const schedule = solveTimetable(instance, { timeLimitMs: seconds * 1000, now: () => performance.now() });
	const report: SolveReport = {
		status: schedule.status,
		objective: schedule.objective,
		upperBound: schedule.upperBound,
		seconds: schedule.seconds,
		unmet: schedule.unmet,
		meetings: schedule.meetings.length
	};
	const result = await db.transaction(async (tx) => {
		await loadDay(tx, input.dayId, locale, true);
		const current = await findVersion(tx, input.dayId, 'published');
		if (current?.id !== published.id) throw new AppError('version_conflict', translate(locale, 'accelerationDay.staleDraft'));
		await tx.delete(adVersions).where(and(eq(adVersions.dayId, input.dayId), eq(adVersions.status, 'draft')));
		const [{ last }] = await tx.select({ last: max(adVersions.number) }).from(adVersions).where(eq(adVersions.dayId, input.dayId));
		const [version] = await tx
			.insert(adVersions)
			.values({ dayId: input.dayId, number: (last ?? 0) + 1, status: 'draft', instance, solveReport: report, createdBy: actor.kind === 'user' ? actor.userId : null })
			.returning();
		const kept = new Set(meetings.map((m) => `${m.innovator}|${m.chancegiver}|${m.slot}`));
		const lockedBefore = new Set(meetings.filter((m) => m.locked).map((m) => `${m.innovator}|${m.chancegiver}|${m.slot}`));
		await replaceMeetings(
			tx,
			version.id,
			schedule.meetings.map((m) => {
				const key = `${m.innovator}|${m.chancegiver}|${m.slot}`;
				return { ...m, locked: lockedBefore.has(key) || (kept.has(key) && m.slot < fromSlot) };
			})
		);
		return makePublished(tx, actor, input.dayId, version, published, 'accelerationDay.refill');
	});
	const names = namesOf(participants);
	return { ...result, fromSlot, unmetText: report.unmet.map((u) => describeUnmet(u, names, locale)) };
}
