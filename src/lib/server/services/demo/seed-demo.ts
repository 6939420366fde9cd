/**
 * `sif demo`: fills an EMPTY database with the generated demo data set, in one
 * transaction (docs/decisions/052-demo-data.md). "Empty" means no people, organisations,
 * initiatives or events; accounts (the first admin) and the default taxonomy may exist.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { consents, organisations, people, personOrganisations, personTerms, taxonomyTerms } from '../../db/schema/people.ts';
import { engagements, engagementTransitions, initiativePeople, initiatives, needs } from '../../db/schema/intake.ts';
import { events } from '../../db/schema/events.ts';
import type { Actor } from '../../auth/actor.ts';
import { actorLabel } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { refreshSearchText } from '../people/person-links.ts';
import { generateDemo, type DemoSize } from './generate-demo.ts';

export interface DemoSummary {
	size: DemoSize;
	organisations: number;
	people: number;
	innovators: number;
	chancegivers: number;
	potentials: number;
	initiatives: number;
	engagements: number;
	events: number;
}

const CHUNK = 500;

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** True when the directory and the modules that point at it hold nothing yet. */
export async function databaseIsEmpty(db: Db): Promise<boolean> {
	const [row] = rowsOf<{ n: number }>(
		await db.execute(sql`select ((select count(*) from people) + (select count(*) from organisations) + (select count(*) from initiatives) + (select count(*) from events))::int as n`)
	);
	return row.n === 0;
}

export async function seedDemo(db: Db, actor: Actor, options: { size?: DemoSize; seed?: number; now?: Date } = {}, locale: Locale = 'en'): Promise<DemoSummary> {
	authorize(actor, 'demo.seed');
	const size = options.size ?? 'large';
	return db.transaction(async (tx) => {
		if (!(await databaseIsEmpty(tx))) throw new AppError('conflict', translate(locale, 'import.demoNotEmpty'));
		const terms = await tx.select().from(taxonomyTerms);
		const active = terms.filter((t) => !t.archivedAt).sort((a, b) => a.sortOrder - b.sortOrder || a.key.localeCompare(b.key));
		const termId = new Map(terms.map((t) => [`${t.kind}:${t.key}`, t.id]));
		const data = generateDemo({
			size,
			seed: options.seed,
			now: options.now ?? new Date(),
			themeKeys: active.filter((t) => t.kind === 'theme').map((t) => t.key),
			categoryKeys: active.filter((t) => t.kind === 'category').map((t) => t.key)
		});

		const orgIds = (await tx.insert(organisations).values(data.organisations).returning({ id: organisations.id })).map((r) => r.id);
		const personIds: string[] = [];
		await insertChunks(data.people, async (chunk) => {
			const rows = await tx
				.insert(people)
				.values(
					chunk.map((p) => ({
						firstName: p.firstName,
						lastName: p.lastName,
						displayName: p.displayName,
						email: p.email,
						phone: p.phone,
						locale: p.locale,
						municipality: p.municipality,
						region: p.region,
						bio: p.bio,
						roles: p.roles,
						chancegiverRoles: p.chancegiverRoles,
						tags: ['demo'],
						createdAt: p.createdAt,
						updatedAt: p.createdAt
					}))
				)
				.returning({ id: people.id });
			personIds.push(...rows.map((r) => r.id));
		});

		const termRows: (typeof personTerms.$inferInsert)[] = [];
		const linkRows: (typeof personOrganisations.$inferInsert)[] = [];
		const consentRows: (typeof consents.$inferInsert)[] = [];
		data.people.forEach((p, i) => {
			const personId = personIds[i];
			const add = (keys: string[], kind: string, relation: 'theme' | 'offer' | 'need') => {
				for (const key of new Set(keys)) {
					const id = termId.get(`${kind}:${key}`);
					if (id) termRows.push({ personId, termId: id, relation, createdAt: p.createdAt });
				}
			};
			add(p.themes, 'theme', 'theme');
			add(p.offers, 'category', 'offer');
			add(p.needs, 'category', 'need');
			if (p.organisation) linkRows.push({ personId, organisationId: orgIds[p.organisation.index], function: p.organisation.function, createdAt: p.createdAt });
			consentRows.push({ personId, purpose: 'newsletter', granted: p.newsletter ? 'yes' : 'no', source: 'demo', recordedAt: p.createdAt });
			if (p.profileVisible) consentRows.push({ personId, purpose: 'profile_visible', granted: 'yes', source: 'demo', recordedAt: p.createdAt });
		});
		await insertChunks(termRows, (chunk) => tx.insert(personTerms).values(chunk));
		await insertChunks(linkRows, (chunk) => tx.insert(personOrganisations).values(chunk));
		await insertChunks(consentRows, (chunk) => tx.insert(consents).values(chunk));

		const initiativeIds = (
			await tx
				.insert(initiatives)
				.values(
					data.initiatives.map((x) => ({
						title: x.title,
						societalNeed: x.societalNeed,
						targetGroup: x.targetGroup,
						themes: x.themes,
						stage: x.stage,
						organisationId: x.organisation === undefined ? null : orgIds[x.organisation],
						organisationName: x.organisation === undefined ? null : data.organisations[x.organisation].name,
						createdAt: x.engagement.requestedAt,
						updatedAt: x.engagement.requestedAt
					}))
				)
				.returning({ id: initiatives.id })
		).map((r) => r.id);
		await insertChunks(
			data.initiatives.flatMap((x, i) => x.people.map((p) => ({ initiativeId: initiativeIds[i], personId: personIds[p] }))),
			(chunk) => tx.insert(initiativePeople).values(chunk)
		);

		// Each initiative's lead has a journey: the engagement, every state it went through, its needs.
		const label = actorLabel(actor);
		const day = 86_400_000;
		const engagementIds = (
			await tx
				.insert(engagements)
				.values(
					data.initiatives.map((x, i) => {
						const { state, requestedAt } = x.engagement;
						const started = ['active', 'paused', 'exited'].includes(state) ? new Date(requestedAt.getTime() + 21 * day) : null;
						return {
							personId: personIds[x.people[0]],
							initiativeId: initiativeIds[i],
							state,
							source: 'staff',
							requestMessage: x.societalNeed,
							requestedAt,
							startedAt: started,
							plannedEndAt: started ? new Date(started.getTime() + 365 * day) : null,
							exitedAt: state === 'exited' || state === 'referred_out' ? new Date(requestedAt.getTime() + (state === 'exited' ? 200 : 14) * day) : null,
							outcome: state === 'exited' ? 'taken_on' : state === 'referred_out' ? 'referred' : null,
							referredTo: state === 'referred_out' ? 'hub.brussels' : null,
							lastContactAt: new Date(requestedAt.getTime() + 30 * day),
							createdAt: requestedAt,
							updatedAt: requestedAt
						};
					})
				)
				.returning({ id: engagements.id })
		).map((r) => r.id);
		await insertChunks(
			data.initiatives.flatMap((x, i) =>
				x.engagement.path.map((to, step) => ({
					engagementId: engagementIds[i],
					fromState: step === 0 ? null : x.engagement.path[step - 1],
					toState: to,
					actorLabel: label,
					at: new Date(x.engagement.requestedAt.getTime() + step * 10 * day)
				}))
			),
			(chunk) => tx.insert(engagementTransitions).values(chunk)
		);
		await insertChunks(
			data.initiatives.flatMap((x, i) =>
				x.engagement.needs.map((category) => ({
					engagementId: engagementIds[i],
					personId: personIds[x.people[0]],
					category,
					termId: termId.get(`category:${category}`) ?? null,
					status: x.engagement.state === 'exited' ? 'met' : 'open',
					openedAt: x.engagement.requestedAt
				}))
			),
			(chunk) => tx.insert(needs).values(chunk)
		);

		if (data.events.length) await tx.insert(events).values(data.events);
		for (let i = 0; i < personIds.length; i += CHUNK) await refreshSearchText(tx, personIds.slice(i, i + CHUNK));

		const summary: DemoSummary = {
			size,
			organisations: data.organisations.length,
			people: data.people.length,
			innovators: data.people.filter((p) => p.roles.includes('innovator')).length,
			chancegivers: data.people.filter((p) => p.roles.includes('chancegiver')).length,
			potentials: data.people.filter((p) => p.roles.includes('potential')).length,
			initiatives: data.initiatives.length,
			engagements: engagementIds.length,
			events: data.events.length
		};
		await recordAudit(tx, actor, { action: 'demo.seed', subjectType: 'database', subjectId: null, after: summary });
		return summary;
	});
}
