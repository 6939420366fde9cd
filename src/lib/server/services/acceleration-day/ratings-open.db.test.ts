import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { RequestEvent } from '@sveltejs/kit';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { adParticipants, adRatings } from '../../db/schema/acceleration-day.ts';
import { anonymous, type UserActor } from '../../auth/actor.ts';
import * as ratingsRoute from '../../../../routes/api/v1/ad/[token]/ratings/+server.ts';
import { expectAppError, seedAdTaxonomy, seedRegisteredDay, seedStaff } from './ad-test-fixtures.ts';
import { solveDay } from './solve-day.ts';
import { publishDraft } from './publish.ts';
import { meetingsToRate, rateMeeting } from './ratings.ts';

let t: TestDb;
let staff: UserActor;
const allowClock = process.env.SIF_ALLOW_CLOCK_OVERRIDE;
beforeAll(async () => {
	// the request clock (sif_clock cookie) counts even if the environment configures SMTP
	process.env.SIF_ALLOW_CLOCK_OVERRIDE = '1';
	t = await createTestDb();
	await seedAdTaxonomy(t.db);
	staff = await seedStaff(t.db);
});
afterAll(async () => {
	if (allowClock === undefined) delete process.env.SIF_ALLOW_CLOCK_OVERRIDE;
	else process.env.SIF_ALLOW_CLOCK_OVERRIDE = allowClock;
	await t.close();
});

/** POST /api/v1/ad/{token}/ratings with an optional sif_clock cookie. */
async function postRating(token: string, body: unknown, clock?: string) {
	const url = new URL(`http://localhost/api/v1/ad/${token}/ratings`);
	const headers: Record<string, string> = { 'content-type': 'application/json', ...(clock ? { cookie: `sif_clock=${clock}` } : {}) };
	const request = new Request(url, { method: 'POST', headers, body: JSON.stringify(body) });
	const event = { url, request, params: { token }, getClientAddress: () => '192.0.2.1', locals: { db: t.db, engine: 'pglite', actor: anonymous, locale: 'en' } } as unknown as RequestEvent;
	const response = await ratingsRoute.POST(event);
	return { status: response.status, json: await response.json() };
}

describe('ratings open when the meeting starts', () => {
	it('refuses a rating before the meeting’s round begins (too_early, with the moment), accepts it from then on', async () => {
		// day 2026-12-10, rounds of 20 min + 5 min gap from 09:00 Brussels (08:00Z), a break after round 2
		const { dayId, innovators } = await seedRegisteredDay(t.db, staff, { innovators: 2, chancegivers: 4 }, { title: 'Rating day' });
		await solveDay(t.db, staff, { dayId, timeLimitSeconds: 1 }, 'en');
		await publishDraft(t.db, staff, { dayId }, 'en');
		const [{ token }] = await t.db.select({ token: adParticipants.token }).from(adParticipants).where(eq(adParticipants.id, innovators[0]));

		const published = await meetingsToRate(t.db, token, 'en', new Date('2026-11-30T12:00:00Z'));
		expect(published.meetings.length).toBeGreaterThan(0);
		expect(published.meetings.every((m) => !m.open)).toBe(true);
		const first = published.meetings[0];
		const last = published.meetings[published.meetings.length - 1];
		expect(first.opensAt?.toISOString()).toBe(['2026-12-10T08:00:00.000Z', '2026-12-10T08:25:00.000Z', '2026-12-10T09:05:00.000Z', '2026-12-10T09:30:00.000Z'][first.slot]);

		const early = await expectAppError(rateMeeting(t.db, anonymous, { token, counterpartId: first.counterpartId, score: 5 }, 'en', new Date(first.opensAt!.getTime() - 60_000)), 'too_early');
		expect(early.message).toContain('has not started yet');
		expect(early.details).toEqual({ opensAt: first.opensAt!.toISOString() });
		await rateMeeting(t.db, anonymous, { token, counterpartId: first.counterpartId, score: 5 }, 'en', first.opensAt!);
		if (last.slot !== first.slot) {
			const during = await meetingsToRate(t.db, token, 'en', first.opensAt!);
			expect(during.meetings.find((m) => m.counterpartId === last.counterpartId)?.open).toBe(false);
		}

		// the API says the same with a JSON code; the request's clock (sif_clock cookie) moves it
		const api = await postRating(token, { counterpartId: last.counterpartId, score: 3 }, '2026-12-01T10:00:00Z');
		expect(api.status).toBe(409);
		expect(api.json.error).toMatchObject({ code: 'too_early', details: { opensAt: last.opensAt!.toISOString() } });
		expect((await postRating(token, { counterpartId: last.counterpartId, score: 3 }, '2026-12-10T18:00:00Z')).status).toBe(200);
		const stored = await t.db.select().from(adRatings).where(eq(adRatings.raterId, innovators[0]));
		expect(stored.map((r) => r.score).sort()).toEqual(last.slot !== first.slot ? [3, 5] : [3]);
	});
});
