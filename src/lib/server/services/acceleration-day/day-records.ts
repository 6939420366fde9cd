/**
 * Shared reads and small writes of the Acceleration Day services: a day with its blocks,
 * participants with their names, a participant by personal link, the draft version.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adDays, adMeetings, adParticipants, adSlots, adVersions } from '../../db/schema/acceleration-day.ts';
import { people } from '../../db/schema/people.ts';
import { AppError } from '../../errors.ts';
import { publicOrigin } from '../../config.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import type { PlannedMeeting } from '../../../domain/acceleration-day-planning/planner-edits.ts';

export type DayRow = typeof adDays.$inferSelect;
export type SlotRow = typeof adSlots.$inferSelect;
export type ParticipantRow = typeof adParticipants.$inferSelect;
export type VersionRow = typeof adVersions.$inferSelect;
export type ParticipantWithPerson = ParticipantRow & { name: string; email: string | null; locale: Locale };

export async function loadDay(db: Db, dayId: string, locale: Locale = 'nl', forUpdate = false): Promise<DayRow> {
	const query = db.select().from(adDays).where(eq(adDays.id, dayId));
	const [day] = forUpdate ? await query.for('update') : await query;
	if (!day) throw new AppError('not_found', translate(locale, 'accelerationDay.dayNotFound'));
	return day;
}

export async function loadBlocks(db: Db, dayId: string): Promise<SlotRow[]> {
	return db.select().from(adSlots).where(eq(adSlots.dayId, dayId)).orderBy(asc(adSlots.position));
}

export function meetingSlotCount(blocks: readonly SlotRow[]): number {
	return blocks.filter((b) => b.kind === 'meeting').length;
}

export async function loadParticipants(db: Db, dayId: string): Promise<ParticipantWithPerson[]> {
	const rows = await db
		.select({ participant: adParticipants, name: people.displayName, email: people.email, locale: people.locale })
		.from(adParticipants)
		.innerJoin(people, eq(people.id, adParticipants.personId))
		.where(eq(adParticipants.dayId, dayId))
		.orderBy(asc(adParticipants.side), asc(adParticipants.createdAt), asc(adParticipants.id));
	return rows.map((r) => ({ ...r.participant, name: r.name, email: r.email, locale: r.locale as Locale }));
}

/** The participant behind a personal link; an unknown token is a plain 404. */
export async function participantByToken(db: Db, token: string, locale: Locale = 'nl'): Promise<ParticipantWithPerson> {
	const [row] = await db
		.select({ participant: adParticipants, name: people.displayName, email: people.email, locale: people.locale })
		.from(adParticipants)
		.innerJoin(people, eq(people.id, adParticipants.personId))
		.where(eq(adParticipants.token, token));
	if (!row) throw new AppError('not_found', translate(locale, 'accelerationDay.linkUnknown'));
	return { ...row.participant, name: row.name, email: row.email, locale: row.locale as Locale };
}

export function personalLink(token: string): string {
	return `${publicOrigin()}/ad/${token}`;
}

/** 32 random bytes, base64url: the secret of a personal link. */
export function newToken(): string {
	return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
}

export async function findVersion(db: Db, dayId: string, status: 'draft' | 'published'): Promise<VersionRow | null> {
	const [row] = await db
		.select()
		.from(adVersions)
		.where(and(eq(adVersions.dayId, dayId), eq(adVersions.status, status)));
	return row ?? null;
}

export async function loadMeetings(db: Db, versionId: string): Promise<PlannedMeeting[]> {
	const rows = await db
		.select()
		.from(adMeetings)
		.where(eq(adMeetings.versionId, versionId))
		.orderBy(asc(adMeetings.slot), asc(adMeetings.innovatorId), asc(adMeetings.chancegiverId));
	return rows.map((r) => ({ innovator: r.innovatorId, chancegiver: r.chancegiverId, slot: r.slot, locked: r.locked }));
}

export async function replaceMeetings(db: Db, versionId: string, meetings: readonly PlannedMeeting[]): Promise<void> {
	await db.delete(adMeetings).where(eq(adMeetings.versionId, versionId));
	if (meetings.length === 0) return;
	for (let start = 0; start < meetings.length; start += 1000) {
		await db.insert(adMeetings).values(
			meetings.slice(start, start + 1000).map((m) => ({
				versionId,
				innovatorId: m.innovator,
				chancegiverId: m.chancegiver,
				slot: m.slot,
				locked: m.locked
			}))
		);
	}
}
