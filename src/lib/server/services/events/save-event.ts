/**
 * Creating and changing an event with its workshops. A larger capacity (of the event or a
 * workshop) promotes from the waitlist at once; a smaller one never cancels anybody —
 * those confirmed keep their place, newcomers wait.
 */
import { and, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { events, eventWorkshops } from '../../db/schema/events.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, ValidationError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { EventInputSchema, EventUpdateSchema, type EventInput, type EventUpdateInput } from '../../../schemas/events.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { lockEvent, workshopsOf } from './event-records.ts';
import { fillFreePlaces, fillWorkshopPlaces } from './promote-waitlist.ts';
import { changeEventSlug, insertEventWithSlug } from './event-slugs.ts';

export async function createEvent(db: Db, actor: Actor, input: EventInput, locale: Locale = 'nl'): Promise<{ id: string; slug: string }> {
	authorize(actor, 'events.manage');
	const data = parseInput(EventInputSchema, input, locale);
	checkEnd(data.startsAt, data.endsAt, locale);
	return db.transaction(async (tx) => {
		const { workshops, slug, ...values } = data;
		const row = await insertEventWithSlug(tx, { ...values, endsAt: values.endsAt ?? null, createdBy: actorUserId(actor) }, slug, locale);
		if (workshops.length) {
			await tx
				.insert(eventWorkshops)
				.values(workshops.map((w, i) => ({ eventId: row.id, title: w.title, capacity: w.capacity, sortOrder: i })));
		}
		await recordAudit(tx, actor, { action: 'event.create', subjectType: 'event', subjectId: row.id, after: { ...data, slug: row.slug } });
		return { id: row.id, slug: row.slug };
	});
}

export async function updateEvent(
	db: Db,
	actor: Actor,
	id: string,
	input: EventUpdateInput,
	locale: Locale = 'nl',
	now = new Date()
): Promise<{ id: string; promoted: string[] }> {
	authorize(actor, 'events.manage');
	const data = parseInput(EventUpdateSchema, input, locale);
	checkEnd(data.startsAt, data.endsAt, locale);
	return db.transaction(async (tx) => {
		const before = await lockEvent(tx, id, locale);
		if (before.version !== data.version) throw new AppError('version_conflict', translate(locale, 'events.versionConflict'));
		const { workshops, version, slug, ...values } = data;
		if (slug) await changeEventSlug(tx, before, slug, locale);
		const [after] = await tx
			.update(events)
			.set({ ...values, endsAt: values.endsAt ?? null, version: version + 1, updatedAt: now })
			.where(eq(events.id, id))
			.returning();
		const keep = workshops.filter((w) => w.id).map((w) => w.id!);
		await tx
			.delete(eventWorkshops)
			.where(keep.length ? and(eq(eventWorkshops.eventId, id), notInArray(eventWorkshops.id, keep)) : eq(eventWorkshops.eventId, id));
		const existing = new Set((await workshopsOf(tx, id)).map((w) => w.id));
		const touched: string[] = [];
		for (const [i, w] of workshops.entries()) {
			if (w.id && existing.has(w.id)) {
				await tx.update(eventWorkshops).set({ title: w.title, capacity: w.capacity, sortOrder: i }).where(eq(eventWorkshops.id, w.id));
				touched.push(w.id);
			} else {
				await tx.insert(eventWorkshops).values({ eventId: id, title: w.title, capacity: w.capacity, sortOrder: i });
			}
		}
		const promoted = await fillFreePlaces(tx, after, now);
		for (const workshopId of touched) await fillWorkshopPlaces(tx, workshopId, now);
		await recordAudit(tx, actor, { action: 'event.update', subjectType: 'event', subjectId: id, before, after: { ...data, promoted } });
		return { id, promoted };
	});
}

function checkEnd(startsAt: Date, endsAt: Date | undefined, locale: Locale) {
	if (endsAt && endsAt < startsAt) {
		throw new ValidationError({ endsAt: [translate(locale, 'events.endBeforeStart')] });
	}
}
