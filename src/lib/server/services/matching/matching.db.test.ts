import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { introductions, needs } from '../../db/schema/intake.ts';
import { organisations, people, personOrganisations, personTerms, taxonomyTerms } from '../../db/schema/people.ts';
import type { UserActor } from '../../auth/actor.ts';
import { anonymous } from '../../auth/actor.ts';
import { callRoute, expectAppError, seedRequestedEngagement, seedStaffUser, seedTaxonomy } from '../intake/intake-test-fixtures.ts';
import { caseSuggestions, innovatorsPersonCouldHelp, personPanel, suggestForNeed } from './suggest-for-need.ts';
import { acceptSuggestion, dismissSuggestion } from './decide-suggestion.ts';
import { networkGaps } from './network-gaps.ts';
import { previewWeights, readWeights, saveWeights, setCapacity } from './match-settings.ts';
import { GET as suggestionsRoute } from '../../../../routes/api/v1/needs/[id]/suggestions/+server.ts';
import { POST as dismissRoute } from '../../../../routes/api/v1/needs/[id]/suggestions/dismiss/+server.ts';

let t: TestDb;
let db: Db;
let staff: UserActor;
let engagementId: string;
let legalNeedId: string;
let fundingNeedId: string;
let innovatorId: string;
const ids: Record<string, string> = {};

async function term(kind: 'category' | 'theme', key: string) {
	const [row] = await db.select().from(taxonomyTerms).where(and(eq(taxonomyTerms.kind, kind), eq(taxonomyTerms.key, key)));
	return row.id;
}

async function chancegiver(name: string, opts: { offers: string[]; themes?: string[]; bio?: string; locale?: string; cg?: string[]; org?: string }) {
	const [row] = await db
		.insert(people)
		.values({
			displayName: name,
			email: `${name.toLowerCase().replace(/\W+/g, '.')}-${Math.random().toString(36).slice(2, 7)}@example.be`,
			roles: ['chancegiver'],
			chancegiverRoles: opts.cg ?? ['expert'],
			locale: opts.locale ?? 'fr',
			bio: opts.bio ?? ''
		})
		.returning();
	for (const key of opts.offers) await db.insert(personTerms).values({ personId: row.id, termId: await term('category', key), relation: 'offer' });
	for (const key of opts.themes ?? []) await db.insert(personTerms).values({ personId: row.id, termId: await term('theme', key), relation: 'theme' });
	if (opts.org) await db.insert(personOrganisations).values({ personId: row.id, organisationId: opts.org });
	ids[name] = row.id;
	return row.id;
}

beforeAll(async () => {
	t = await createTestDb();
	db = t.db;
	staff = await seedStaffUser(db);
	await seedTaxonomy(db);
	engagementId = await seedRequestedEngagement(db, {
		needs: [
			{ category: 'legal', text: 'Quelle forme juridique pour notre cuisine: asbl ou coopérative? Statuts.' },
			{ category: 'funding', text: 'Seed money for a kitchen' }
		]
	});
	const rows = await db.select().from(needs).where(eq(needs.engagementId, engagementId));
	legalNeedId = rows.find((n) => n.category === 'legal')!.id;
	fundingNeedId = rows.find((n) => n.category === 'funding')!.id;
	innovatorId = rows[0].personId;
	const [bigFirm] = await db.insert(organisations).values({ name: 'Grand Cabinet', helix: 'smes' }).returning();
	const [other] = await db.insert(organisations).values({ name: 'Université', helix: 'academia' }).returning();
	for (const n of ['Avocat A', 'Avocat B', 'Avocat C', 'Avocat D']) {
		await chancegiver(n, { offers: ['legal'], themes: ['poverty'], bio: 'Avocat: statuts, asbl, coopérative, forme juridique.', org: bigFirm.id });
	}
	await chancegiver('Juriste Université', { offers: ['legal'], themes: ['poverty'], bio: 'Juriste: statuts, asbl, coopérative, forme juridique.', org: other.id });
	await chancegiver('Fonds Social', { offers: ['funding'], themes: ['poverty'], cg: ['funder'], bio: 'Subsides pour projets sociaux' });
	await chancegiver('Marketeer', { offers: ['marketing'], themes: ['culture'], bio: 'Branding' });
});

afterAll(async () => {
	await t?.close();
});

describe('suggestions for a need', () => {
	it('lists the people offering what the need asks for, with reasons in the reader’s language', async () => {
		const nl = await suggestForNeed(db, staff, legalNeedId, { limit: 10 }, 'nl');
		const names = nl.items.map((i) => i.person.name);
		expect(names).toContain('Juriste Université');
		expect(names).not.toContain('Marketeer');
		expect(nl.need.innovator.id).toBe(innovatorId);
		const juriste = nl.items.find((i) => i.person.name === 'Juriste Université')!;
		expect(juriste.reasons).toContain('biedt juridisch');
		expect(juriste.reasons).toContain('thema armoede');
		expect(juriste.reasons).toContain('spreekt Frans');
		const en = await suggestForNeed(db, staff, legalNeedId, { limit: 10 }, 'en');
		expect(en.items.find((i) => i.person.name === 'Juriste Université')!.reasons).toEqual(
			expect.arrayContaining(['offers legal', 'theme poverty', 'speaks French'])
		);
		const fr = await suggestForNeed(db, staff, legalNeedId, { limit: 10 }, 'fr');
		expect(fr.items.find((i) => i.person.name === 'Juriste Université')!.reasons).toEqual(
			expect.arrayContaining(['propose juridique', 'thème pauvreté', 'parle français'])
		);
	});

	it('keeps at most two of one organisation at the top when others are nearly as good (diversity)', async () => {
		const { items } = await suggestForNeed(db, staff, legalNeedId, { limit: 3 }, 'en');
		expect(items).toHaveLength(3);
		const fromFirm = items.filter((i) => i.person.organisation === 'Grand Cabinet');
		expect(fromFirm.length).toBeLessThanOrEqual(2);
		expect(items.map((i) => i.person.name)).toContain('Juriste Université');
	});

	it('puts the funder first for a funding need of a pilot', async () => {
		const { items } = await suggestForNeed(db, staff, fundingNeedId, {}, 'en');
		expect(items[0]?.person.name).toBe('Fonds Social');
		expect(items[0].reasons.some((r) => r.startsWith('funder for the pilot'))).toBe(true);
	});

	it('never returns a dismissed pair, and records the reason for the report', async () => {
		await dismissSuggestion(db, staff, legalNeedId, { person: ids['Avocat A'], reason: 'conflict-of-interest' }, 'en');
		for (let i = 0; i < 2; i++) {
			const { items } = await suggestForNeed(db, staff, legalNeedId, { limit: 50 }, 'en');
			expect(items.map((x) => x.person.id)).not.toContain(ids['Avocat A']);
		}
		const gaps = await networkGaps(db, staff, 'en');
		expect(gaps.dismissals.byReason).toContainEqual({ reason: 'conflict-of-interest', count: 1 });
		expect(gaps.dismissals.mostDismissed[0]).toMatchObject({ id: ids['Avocat A'], name: 'Avocat A', count: 1 });
	});

	it('needs a note when the reason is other, and a known reason', async () => {
		const error = await expectAppError(dismissSuggestion(db, staff, legalNeedId, { person: ids['Avocat B'], reason: 'other' }), 'validation_failed');
		expect(JSON.stringify(error.details)).toContain('note');
		await expectAppError(dismissSuggestion(db, staff, legalNeedId, { person: ids['Avocat B'], reason: 'boring' as 'other' }), 'validation_failed');
	});

	it('never returns a pair whose introduction was declined', async () => {
		await db.insert(introductions).values({ innovatorId, personId: ids['Avocat B'], status: 'declined' });
		const { items } = await suggestForNeed(db, staff, legalNeedId, { limit: 50 }, 'en');
		expect(items.map((x) => x.person.id)).not.toContain(ids['Avocat B']);
	});

	it('leaves out people whose monthly capacity is full', async () => {
		await setCapacity(db, staff, { person: ids['Avocat C'], perMonth: 0 });
		let { items } = await suggestForNeed(db, staff, legalNeedId, { limit: 50 }, 'en');
		expect(items.map((x) => x.person.id)).not.toContain(ids['Avocat C']);
		await setCapacity(db, staff, { person: ids['Avocat C'], perMonth: null });
		({ items } = await suggestForNeed(db, staff, legalNeedId, { limit: 50 }, 'en'));
		expect(items.map((x) => x.person.id)).toContain(ids['Avocat C']);
	});

	it('accepting proposes the introduction for the need, and the pair then ranks as introduced', async () => {
		const answer = await acceptSuggestion(db, staff, legalNeedId, { person: ids['Juriste Université'] }, 'en');
		expect(answer.status).toBe('proposed');
		const [row] = await db.select().from(introductions).where(eq(introductions.id, answer.id));
		expect(row).toMatchObject({ innovatorId, personId: ids['Juriste Université'], needId: legalNeedId, engagementId });
		const { items } = await suggestForNeed(db, staff, legalNeedId, { limit: 50 }, 'en');
		expect(items.find((i) => i.person.id === ids['Juriste Université'])?.reasons).toContain('introduced once before');
	});

	it('shows the case’s open needs and the innovators a person could help', async () => {
		const view = await caseSuggestions(db, staff, engagementId, 'nl');
		expect(view.needs.map((n) => n.need.id).sort()).toEqual([legalNeedId, fundingNeedId].sort());
		const help = await innovatorsPersonCouldHelp(db, staff, ids['Fonds Social'], 'en');
		expect(help.offersSomething).toBe(true);
		expect(help.items.map((i) => i.need.id)).toContain(fundingNeedId);
		const none = await innovatorsPersonCouldHelp(db, staff, innovatorId, 'en');
		expect(none).toEqual({ offersSomething: false, items: [] });
	});

	it('gives the innovator’s page suggestions per open need, and a chancegiver’s page their capacity', async () => {
		const innovatorPanel = await personPanel(db, staff, innovatorId, 'en');
		expect(innovatorPanel?.needs.map((n) => n.need.id).sort()).toEqual([legalNeedId, fundingNeedId].sort());
		expect(innovatorPanel?.needs.find((n) => n.need.id === fundingNeedId)?.items[0].person.name).toBe('Fonds Social');
		await setCapacity(db, staff, { person: ids['Fonds Social'], perMonth: 3 });
		const funder = await personPanel(db, staff, ids['Fonds Social'], 'en');
		expect(funder).toMatchObject({ offersSomething: true, perMonth: 3, needs: [] });
		await expectAppError(setCapacity(db, staff, { person: '00000000-0000-4000-8000-00000000abcd', perMonth: 1 }), 'not_found');
		const chancegiverActor: UserActor = { ...staff, role: 'chancegiver' };
		expect(await personPanel(db, chancegiverActor, innovatorId, 'en')).toBeNull();
	});

	it('lists needs without a good match by category', async () => {
		const other = await seedRequestedEngagement(db, { needs: [{ category: 'procurement', text: 'Overheidsopdracht voor maaltijden' }] });
		const [need] = await db.select().from(needs).where(eq(needs.engagementId, other));
		const gaps = await networkGaps(db, staff, 'nl');
		expect(gaps.needs.map((n) => n.id)).toContain(need.id);
		expect(gaps.needs.map((n) => n.id)).not.toContain(legalNeedId);
		expect(gaps.byCategory.find((c) => c.category === 'procurement')).toMatchObject({ open: 1, withoutGoodMatch: 1 });
	});
});

describe('weights', () => {
	it('previews a change on a sample need before saving, then saves it', async () => {
		const preview = await previewWeights(db, staff, { minScore: 0.99 }, legalNeedId, 'en');
		expect(preview.sampleId).toBe(legalNeedId);
		expect(preview.before.length).toBeGreaterThan(0);
		expect(preview.after).toEqual([]);
		expect((await readWeights(db, staff)).weights.minScore).toBe(0.15);
		await saveWeights(db, staff, { minScore: 0.99 }, 'en');
		expect((await readWeights(db, staff)).weights.minScore).toBe(0.99);
		expect((await suggestForNeed(db, staff, legalNeedId, {}, 'en')).items).toEqual([]);
		await saveWeights(db, staff, {}, 'en');
		await expectAppError(saveWeights(db, staff, { text: 99 }, 'en'), 'validation_failed');
	});
});

describe('who may', () => {
	const innovatorActor: UserActor = { kind: 'user', userId: '00000000-0000-4000-8000-000000000001', role: 'innovator', name: 'I', email: 'i@example.be', locale: 'en', via: 'session' };
	const chancegiverActor: UserActor = { ...innovatorActor, role: 'chancegiver' };

	it('answers 403 to non-staff and 401 to anonymous callers, through the API', async () => {
		for (const actor of [innovatorActor, chancegiverActor]) {
			const res = await callRoute(db, suggestionsRoute, `/api/v1/needs/${legalNeedId}/suggestions`, { params: { id: legalNeedId }, actor });
			expect(res.status).toBe(403);
			const dismiss = await callRoute(db, dismissRoute, `/api/v1/needs/${legalNeedId}/suggestions/dismiss`, {
				params: { id: legalNeedId },
				actor,
				body: { person: ids['Avocat D'], reason: 'other', note: 'x' }
			});
			expect(dismiss.status).toBe(403);
		}
		expect((await callRoute(db, suggestionsRoute, `/api/v1/needs/${legalNeedId}/suggestions`, { params: { id: legalNeedId }, actor: anonymous })).status).toBe(401);
		await expectAppError(suggestForNeed(db, innovatorActor, legalNeedId), 'forbidden');
		await expectAppError(caseSuggestions(db, chancegiverActor, engagementId), 'forbidden');
	});

	it('serves staff the API shape, with 404 for an unknown need', async () => {
		const res = await callRoute(db, suggestionsRoute, `/api/v1/needs/${legalNeedId}/suggestions?limit=2`, { params: { id: legalNeedId }, actor: staff });
		expect(res.status).toBe(200);
		expect(res.json.items).toHaveLength(2);
		expect(Object.keys(res.json.items[0]).sort()).toEqual(['person', 'reasons', 'score']);
		const missing = '00000000-0000-4000-8000-00000000abcd';
		expect((await callRoute(db, suggestionsRoute, `/api/v1/needs/${missing}/suggestions`, { params: { id: missing }, actor: staff })).status).toBe(404);
		const dismissed = await db.select().from(people).where(inArray(people.id, [ids['Avocat A']]));
		expect(dismissed).toHaveLength(1);
	});
});
