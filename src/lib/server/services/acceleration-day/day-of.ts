/** On the day: check-in (by name search or the QR code on the agenda) and no-shows. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adParticipants } from '../../db/schema/acceleration-day.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { loadParticipants } from './day-records.ts';

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Registered participants of the day whose name (or table) contains every word of `q`. */
export async function checkInList(db: Db, actor: Actor, input: { dayId: string; q?: string }) {
	authorize(actor, 'accelerationDay.checkIn');
	const words = fold(input.q ?? '').split(/\s+/).filter(Boolean);
	const all = (await loadParticipants(db, input.dayId)).filter((p) => p.status === 'registered');
	return {
		total: all.length,
		checkedIn: all.filter((p) => p.checkedInAt).length,
		noShows: all.filter((p) => p.noShowAt).length,
		people: all
			.filter((p) => words.every((w) => fold(`${p.name} ${p.tableName ?? ""}`).includes(w)))
			.map((p) => ({ id: p.id, name: p.name, side: p.side, role: p.role, table: p.tableName, checkedInAt: p.checkedInAt, noShowAt: p.noShowAt }))
	};
}

async function participantOfDay(db: Db, dayId: string, participantId: string, locale: Locale) {
	const [row] = await db
		.select()
		.from(adParticipants)
		.where(and(eq(adParticipants.id, participantId), eq(adParticipants.dayId, dayId)));
	if (!row) throw new AppError('not_found', translate(locale, 'accelerationDay.participantNotFound'));
	return row;
}

export async function checkInParticipant(db: Db, actor: Actor, input: { dayId: string; participantId: string }, locale: Locale = 'nl', now = new Date()) {
	authorize(actor, 'accelerationDay.checkIn');
	const row = await participantOfDay(db, input.dayId, input.participantId, locale);
	if (row.status !== 'registered') throw new AppError('invalid_state', translate(locale, 'accelerationDay.notRegistered'));
	return db.transaction(async (tx) => {
		const checkedInAt = row.checkedInAt ?? now;
		await tx.update(adParticipants).set({ checkedInAt, noShowAt: null }).where(eq(adParticipants.id, row.id));
		await recordAudit(tx, actor, { action: 'accelerationDay.checkIn', subjectType: 'ad_participant', subjectId: row.id, before: { checkedInAt: row.checkedInAt, noShowAt: row.noShowAt }, after: { checkedInAt } });
		return { id: row.id, checkedInAt: checkedInAt.toISOString(), alreadyCheckedIn: row.checkedInAt !== null };
	});
}

/** Marks (or clears) a no-show; their later meetings go at the next refill. */
export async function markNoShow(db: Db, actor: Actor, input: { dayId: string; participantId: string; noShow: boolean }, locale: Locale = 'nl', now = new Date()) {
	authorize(actor, 'accelerationDay.checkIn');
	const row = await participantOfDay(db, input.dayId, input.participantId, locale);
	if (input.noShow && row.checkedInAt) throw new AppError('invalid_state', translate(locale, 'accelerationDay.alreadyCheckedIn'));
	return db.transaction(async (tx) => {
		const noShowAt = input.noShow ? (row.noShowAt ?? now) : null;
		await tx.update(adParticipants).set({ noShowAt }).where(eq(adParticipants.id, row.id));
		await recordAudit(tx, actor, { action: 'accelerationDay.noShow', subjectType: 'ad_participant', subjectId: row.id, before: { noShowAt: row.noShowAt }, after: { noShowAt } });
		return { id: row.id, noShow: noShowAt !== null };
	});
}
