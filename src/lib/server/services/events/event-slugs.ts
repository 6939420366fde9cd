/**
 * Event slugs (decision 100): /e/{slug} is the public address; /e/{id} and slugs an event
 * had before keep working and redirect to the current one.
 *
 * Invariant: a slug names at most one event, current or former — `events_slug_key` and
 * the primary key of `event_slug_redirects` refuse a second writer, and a slug staff type
 * is refused while another event has it now or had it before.
 */
import { and, eq, like, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eventSlugRedirects, events } from '../../db/schema/events.ts';
import { AppError, ValidationError } from '../../errors.ts';
import { nextFreeSlug, slugify } from '../../../domain/events/slug.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { isUuid, type EventRow } from './event-records.ts';
import { isUniqueViolation } from '../people/pg-errors.ts';

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Slugs in use (now or before) that are `base` or start with `base-`, other events' only. */
async function slugsLike(tx: Db, base: string, exceptEventId?: string): Promise<string[]> {
	const pattern = `${escapeLike(base)}-%`;
	const current = await tx
		.select({ slug: events.slug })
		.from(events)
		.where(and(or(eq(events.slug, base), like(events.slug, pattern)), exceptEventId ? ne(events.id, exceptEventId) : undefined));
	const former = await tx
		.select({ slug: eventSlugRedirects.slug })
		.from(eventSlugRedirects)
		.where(
			and(
				or(eq(eventSlugRedirects.slug, base), like(eventSlugRedirects.slug, pattern)),
				exceptEventId ? ne(eventSlugRedirects.eventId, exceptEventId) : undefined
			)
		);
	return [...current, ...former].map((r) => r.slug);
}

const takenError = (locale: Locale) => new ValidationError({ slug: [translate(locale, 'events.slugTaken')] });

/**
 * Inserts an event with a free slug: the one staff chose (refused by the field when taken)
 * or one made from the title (base, base-2, …). Concurrent inserts of the same title do
 * not fail: a lost race on the unique index tries the next candidate.
 */
export async function insertEventWithSlug(
	tx: Db,
	values: Omit<typeof events.$inferInsert, 'slug'>,
	chosen: string | undefined,
	locale: Locale
): Promise<EventRow> {
	if (chosen) {
		if ((await slugsLike(tx, chosen)).includes(chosen)) throw takenError(locale);
		const [row] = await tx.insert(events).values({ ...values, slug: chosen }).onConflictDoNothing({ target: events.slug }).returning();
		if (!row) throw takenError(locale);
		return row;
	}
	const base = slugify(values.title);
	for (let attempt = 0; attempt < 5; attempt++) {
		const candidate = nextFreeSlug(base, await slugsLike(tx, base));
		const [row] = await tx.insert(events).values({ ...values, slug: candidate }).onConflictDoNothing({ target: events.slug }).returning();
		if (row) return row;
	}
	const random = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');
	const [row] = await tx.insert(events).values({ ...values, slug: `${base.slice(0, 50)}-${random}` }).returning();
	return row;
}

/**
 * Gives a locked event a new slug chosen by staff; the old one becomes a redirect. An event
 * may take back a slug it had before.
 */
export async function changeEventSlug(tx: Db, event: EventRow, slug: string, locale: Locale): Promise<void> {
	if (slug === event.slug) return;
	if ((await slugsLike(tx, slug, event.id)).includes(slug)) throw takenError(locale);
	await tx.delete(eventSlugRedirects).where(and(eq(eventSlugRedirects.slug, slug), eq(eventSlugRedirects.eventId, event.id)));
	await tx.insert(eventSlugRedirects).values({ slug: event.slug, eventId: event.id }).onConflictDoNothing();
	try {
		await tx.update(events).set({ slug }).where(eq(events.id, event.id));
	} catch (error) {
		// Another event took the slug between the check and this update.
		if (isUniqueViolation(error)) throw takenError(locale);
		throw error;
	}
}

/**
 * The event a public address names: its id (the old links), its slug, or a slug it had
 * before. `canonical` is false when the address should redirect to /e/{event.slug}.
 */
export async function resolveEventAddress(db: Db, ref: string, locale: Locale = 'nl'): Promise<{ event: EventRow; canonical: boolean }> {
	const notFound = () => new AppError('not_found', translate(locale, 'events.notFound'));
	const key = ref.trim();
	if (isUuid(key)) {
		const [row] = await db.select().from(events).where(eq(events.id, key.toLowerCase()));
		if (!row) throw notFound();
		return { event: row, canonical: false };
	}
	if (!key || key.length > 200) throw notFound();
	// Slugs are lowercase: /e/System-Shakers finds system-shakers and redirects to it.
	const lower = key.toLowerCase();
	const [current] = await db.select().from(events).where(eq(events.slug, lower));
	if (current) return { event: current, canonical: current.slug === key };
	const [former] = await db
		.select({ event: events })
		.from(eventSlugRedirects)
		.innerJoin(events, eq(events.id, eventSlugRedirects.eventId))
		.where(eq(eventSlugRedirects.slug, lower));
	if (!former) throw notFound();
	return { event: former.event, canonical: false };
}
