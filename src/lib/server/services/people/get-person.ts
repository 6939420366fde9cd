import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { consents, organisations, people, personOrganisations, personTerms, taxonomyTerms, timelineEvents } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize, isStaff } from '../../auth/policy.ts';
import { notFound } from '../../errors.ts';
import type { Locale } from '../../../i18n/core.ts';
import { visiblePerson, type ViewerKind } from '../../../domain/people/visibility.ts';
import { assertPersonId, personRecord } from './person-links.ts';

type Consents = Partial<Record<'newsletter' | 'profile_visible' | 'photo_use', boolean>>;

/** Everything linked to one person, unfiltered (staff view, export and merge use it). */
export async function loadPersonFull(db: Db, id: string, locale: Locale = 'nl') {
	const [row] = await db.select().from(people).where(eq(people.id, id));
	if (!row) return null;
	const terms = await db
		.select({ relation: personTerms.relation, note: personTerms.note, key: taxonomyTerms.key, labelNl: taxonomyTerms.labelNl, labelFr: taxonomyTerms.labelFr, labelEn: taxonomyTerms.labelEn })
		.from(personTerms)
		.innerJoin(taxonomyTerms, eq(taxonomyTerms.id, personTerms.termId))
		.where(eq(personTerms.personId, id))
		.orderBy(asc(taxonomyTerms.sortOrder), asc(taxonomyTerms.key));
	const label = (t: (typeof terms)[number]) => (locale === 'fr' ? t.labelFr : locale === 'en' ? t.labelEn : t.labelNl);
	const termsOf = (relation: string) => terms.filter((t) => t.relation === relation).map((t) => ({ key: t.key, label: label(t), note: t.note }));
	const orgs = await db
		.select({ id: organisations.id, name: organisations.name, helix: organisations.helix, function: personOrganisations.function })
		.from(personOrganisations)
		.innerJoin(organisations, eq(organisations.id, personOrganisations.organisationId))
		.where(eq(personOrganisations.personId, id))
		.orderBy(asc(organisations.name));
	const consentRows = await db.select().from(consents).where(eq(consents.personId, id)).orderBy(desc(consents.recordedAt));
	const latest: Consents = {};
	for (const c of [...consentRows].reverse()) latest[c.purpose as keyof Consents] = c.granted === 'yes';
	const timeline = await db.select().from(timelineEvents).where(eq(timelineEvents.personId, id)).orderBy(desc(timelineEvents.at)).limit(200);
	return {
		...personRecord(row),
		themes: termsOf('theme'),
		offers: termsOf('offer'),
		needs: termsOf('need'),
		organisations: orgs,
		consents: consentRows.map((c) => ({ id: c.id, purpose: c.purpose, granted: c.granted === 'yes', source: c.source, recordedAt: c.recordedAt })),
		consentState: latest,
		timeline: timeline.map((e) => ({ id: e.id, at: e.at, kind: e.kind, summaryKey: e.summaryKey, params: e.params, link: e.link, public: e.public }))
	};
}

export type PersonFull = NonNullable<Awaited<ReturnType<typeof loadPersonFull>>>;

export function viewerKindOf(actor: Actor, person: { userId: string | null }): ViewerKind {
	if (isStaff(actor)) return 'staff';
	if (actor.kind !== 'user') return 'other';
	if (person.userId && person.userId === actor.userId) return 'self';
	return actor.role === 'chancegiver' ? 'chancegiver' : 'other';
}

/**
 * One person as the actor may see them (domain/people/visibility.ts): staff everything,
 * the person their own record without staff notes, a chancegiver an innovator's public
 * profile. A record the actor may not see answers 404, so its existence does not leak.
 */
export async function getPerson(db: Db, actor: Actor, id: string, locale: Locale = 'nl') {
	authorize(actor, 'people.view');
	assertPersonId(id);
	const full = await loadPersonFull(db, id, locale);
	if (!full) throw notFound('Person');
	const viewer = viewerKindOf(actor, full);
	const facts = { viewer, roles: full.roles, consents: full.consentState, erased: full.erasedAt !== null };
	const view = visiblePerson(viewer === 'self' ? { ...full, timeline: full.timeline.filter((e) => e.public) } : full, facts);
	if (!view) throw notFound('Person');
	// Every level includes id and displayName (domain/people/visibility.ts).
	return view as typeof view & { id: string; displayName: string };
}

/** The directory record that belongs to a user account, if any. */
export async function personOfUser(db: Db, userId: string) {
	const [row] = await db.select({ id: people.id }).from(people).where(and(eq(people.userId, userId)));
	return row ?? null;
}
