/**
 * Organisations of the shared directory (issue F2): create, change (optimistic version),
 * read with everything linked, search by name (trigram, so misspellings are found), and
 * the people linked with their function. Every change is audited and put on the timeline.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations, people, personOrganisations, timelineEvents } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import {
	CreateOrganisationSchema,
	OrganisationMemberSchema,
	OrganisationsQuerySchema,
	UpdateOrganisationSchema,
	type CreateOrganisationInput,
	type UpdateOrganisationInput
} from '../../../schemas/people.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { isUniqueViolation } from './pg-errors.ts';
import { addTimelineEvent, assertPersonId, refreshSearchText } from './person-links.ts';
import { referencesTo } from './person-references.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

const PAGE_SIZE = 50;

function enterpriseTaken(locale: Locale) {
	const message = translate(locale, 'people.enterpriseTaken');
	return new AppError('conflict', message, { fields: { enterpriseNumber: [message] } });
}

/** Adds an organisation; the enterprise number is checked (mod 97) and unique. */
export async function createOrganisation(db: Db, actor: Actor, input: CreateOrganisationInput | Record<string, unknown>, locale: Locale = 'nl') {
	authorize(actor, 'organisations.manage');
	const data = parseInput(CreateOrganisationSchema, input, locale);
	try {
		return await db.transaction(async (tx) => {
			const [row] = await tx
				.insert(organisations)
				.values({ ...data, legalForm: data.legalForm ?? null, helix: data.helix ?? null, website: data.website ?? null, region: data.region ?? null })
				.returning();
			await addTimelineEvent(tx, actor, { organisationId: row.id, kind: 'organisation.created', summaryKey: 'people.timelineCreated' });
			await recordAudit(tx, actor, { action: 'organisation.create', subjectType: 'organisation', subjectId: row.id, after: row });
			return row;
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw enterpriseTaken(locale);
		throw error;
	}
}

/** Changes the fields sent when the organisation is still at `version`; else 409 version_conflict. */
export async function updateOrganisation(db: Db, actor: Actor, id: string, input: UpdateOrganisationInput | Record<string, unknown>, locale: Locale = 'nl') {
	authorize(actor, 'organisations.manage');
	assertPersonId(id, 'Organisation');
	const data = parseInput(UpdateOrganisationSchema, input, locale);
	try {
		return await db.transaction(async (tx) => {
			const [before] = await tx.select().from(organisations).where(eq(organisations.id, id)).for('update');
			if (!before) throw notFound('Organisation');
			if (before.version !== data.version) {
				throw new AppError('version_conflict', translate(locale, 'people.orgVersionConflict'), { currentVersion: before.version });
			}
			const { version, ...fields } = data;
			const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
			const [row] = await tx
				.update(organisations)
				.set({ ...changes, version: version + 1, updatedAt: new Date() })
				.where(and(eq(organisations.id, id), eq(organisations.version, version)))
				.returning();
			if (!row) throw new AppError('version_conflict', translate(locale, 'people.orgVersionConflict'));
			// People find each other by organisation name: their search words follow a rename.
			if (changes.name !== undefined && changes.name !== before.name) {
				const members = await tx.select({ id: personOrganisations.personId }).from(personOrganisations).where(eq(personOrganisations.organisationId, id));
				await refreshSearchText(tx, members.map((m) => m.id));
			}
			await addTimelineEvent(tx, actor, { organisationId: id, kind: 'organisation.updated', summaryKey: 'people.timelineUpdated' });
			await recordAudit(tx, actor, { action: 'organisation.update', subjectType: 'organisation', subjectId: id, before, after: row });
			return row;
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw enterpriseTaken(locale);
		throw error;
	}
}

/** A page of organisations: by name (prefix, words or a misspelling) and helix, with member counts. */
export async function listOrganisations(db: Db, actor: Actor, input: Record<string, unknown> = {}, locale: Locale = 'nl') {
	authorize(actor, 'organisations.read');
	const query = parseInput(OrganisationsQuerySchema, input, locale);
	const parts = [sql`o.merged_into_id is null`];
	if (query.q) {
		const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		parts.push(sql`(o.name ilike ${like} or o.name % ${query.q} or ${query.q} <% o.name or o.enterprise_number = ${query.q.replace(/\D/g, '')})`);
	}
	if (query.helix) parts.push(sql`o.helix = ${query.helix}`);
	const where = sql.join(parts, sql` and `);
	const order = query.q ? sql`word_similarity(${query.q}, o.name) desc, lower(o.name), o.id` : sql`lower(o.name), o.id`;
	const rows = rowsOf<{ id: string; name: string; legalForm: string | null; enterpriseNumber: string | null; sector: string | null; helix: string | null; website: string | null; members: number | string; total: number | string }>(
		await db.execute(sql`
			select o.id, o.name, o.legal_form as "legalForm", o.enterprise_number as "enterpriseNumber", o.sector, o.helix, o.website,
				(select count(*) from person_organisations po join people p on p.id = po.person_id
					where po.organisation_id = o.id and p.merged_into_id is null) as members,
				count(*) over () as total
			from organisations o where ${where}
			order by ${order}
			limit ${PAGE_SIZE} offset ${(query.page - 1) * PAGE_SIZE}`)
	);
	return {
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		items: rows.map(({ total, members, ...r }) => ({ ...r, members: Number(members) })),
		total: rows.length ? Number(rows[0].total) : 0,
		page: query.page,
		pageSize: PAGE_SIZE
	};
}

/** One organisation with everything linked: people with their function, the timeline, and other modules' records. */
export async function getOrganisation(db: Db, actor: Actor, id: string) {
	authorize(actor, 'organisations.read');
	assertPersonId(id, 'Organisation');
	const [org] = await db.select().from(organisations).where(eq(organisations.id, id));
	if (!org) throw notFound('Organisation');
	const members = await db
		.select({ id: people.id, displayName: people.displayName, email: people.email, roles: people.roles, function: personOrganisations.function, erasedAt: people.erasedAt })
		.from(personOrganisations)
		.innerJoin(people, eq(people.id, personOrganisations.personId))
		.where(and(eq(personOrganisations.organisationId, id), sql`${people.mergedIntoId} is null`))
		.orderBy(asc(people.displayName));
	const timeline = await db.select().from(timelineEvents).where(eq(timelineEvents.organisationId, id)).orderBy(desc(timelineEvents.at)).limit(200);
	const linked: { table: string; column: string; count: number }[] = [];
	for (const ref of await referencesTo(db, 'organisations')) {
		if (['person_organisations', 'timeline_events', 'organisations'].includes(ref.table)) continue;
		const [row] = rowsOf<{ n: number | string }>(await db.execute(sql`select count(*) as n from ${sql.identifier(ref.table)} where ${sql.identifier(ref.column)} = ${id}`));
		if (Number(row.n) > 0) linked.push({ ...ref, count: Number(row.n) });
	}
	return {
		...org,
		members: members.map((m) => ({ ...m, erased: m.erasedAt !== null })),
		timeline: timeline.map((e) => ({ id: e.id, at: e.at, kind: e.kind, summaryKey: e.summaryKey, params: e.params, link: e.link })),
		linked
	};
}

/** Links a person to the organisation (or changes their function there). */
export async function linkOrganisationMember(db: Db, actor: Actor, organisationId: string, input: Record<string, unknown>, locale: Locale = 'nl') {
	authorize(actor, 'organisations.manage');
	assertPersonId(organisationId, 'Organisation');
	const data = parseInput(OrganisationMemberSchema, input, locale);
	return db.transaction(async (tx) => {
		const [org] = await tx.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
		if (!org) throw notFound('Organisation');
		const [person] = await tx.select({ id: people.id, displayName: people.displayName, mergedIntoId: people.mergedIntoId, erasedAt: people.erasedAt }).from(people).where(eq(people.id, data.personId));
		if (!person) throw notFound('Person');
		if (person.mergedIntoId || person.erasedAt) throw new AppError('invalid_state', translate(locale, 'people.notEditable'));
		await tx
			.insert(personOrganisations)
			.values({ personId: person.id, organisationId, function: data.function })
			.onConflictDoUpdate({ target: [personOrganisations.personId, personOrganisations.organisationId], set: { function: data.function } });
		await refreshSearchText(tx, [person.id]);
		await addTimelineEvent(tx, actor, { organisationId, kind: 'organisation.member_linked', summaryKey: 'people.timelineLinked', params: { name: person.displayName } });
		await addTimelineEvent(tx, actor, { personId: person.id, kind: 'person.organisation_linked', summaryKey: 'people.timelineLinked', params: { name: org.name } });
		await recordAudit(tx, actor, { action: 'organisation.link', subjectType: 'organisation', subjectId: organisationId, after: { personId: person.id, function: data.function } });
		return { organisationId, personId: person.id, function: data.function };
	});
}

/** Removes a person's link to the organisation. */
export async function unlinkOrganisationMember(db: Db, actor: Actor, organisationId: string, personId: string) {
	authorize(actor, 'organisations.manage');
	assertPersonId(organisationId, 'Organisation');
	assertPersonId(personId);
	return db.transaction(async (tx) => {
		const [gone] = await tx
			.delete(personOrganisations)
			.where(and(eq(personOrganisations.organisationId, organisationId), eq(personOrganisations.personId, personId)))
			.returning();
		if (!gone) throw notFound('Link');
		await refreshSearchText(tx, [personId]);
		await recordAudit(tx, actor, { action: 'organisation.unlink', subjectType: 'organisation', subjectId: organisationId, before: gone });
		return { organisationId, personId };
	});
}
