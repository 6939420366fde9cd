import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { systemActor } from '../../auth/actor.ts';
import { organisations, people, personOrganisations, personTerms, taxonomyTerms } from '../../db/schema/people.ts';
import { engagements, initiatives } from '../../db/schema/intake.ts';
import { eventRegistrations } from '../../db/schema/events.ts';
import { createEvent } from '../events/save-event.ts';
import { eventRegistrationsCsv } from '../events/event-report.ts';
import { cohortAttendanceCsv } from '../cohorts/cohort-report.ts';
import { cohortMembers, cohorts } from '../../db/schema/cohorts.ts';
import { programmeApplications, programmeCalls, programmes } from '../../db/schema/programmes.ts';
import { createUser } from '../accounts/users.ts';
import { applicantSubjects, cohortSubjects, eventSubjects, reachCsvCells, reachRecords, tallyReach, type ReachRecord } from './reach.ts';

let t: TestDb;
const D = new Date('2030-03-01T10:00:00Z');
const at = (hours: number) => new Date(D.getTime() + hours * 3600_000);
let seq = 0;

async function person(displayName: string, createdAt: Date, extra: Partial<typeof people.$inferInsert> = {}) {
	const [row] = await t.db
		.insert(people)
		.values({ displayName, email: `${displayName.toLowerCase()}@reach.example.be`, createdAt, ...extra })
		.returning();
	return row.id;
}
async function event(title: string) {
	const { id } = await createEvent(t.db, systemActor('cli'), { title, startsAt: at(24 * 30), capacity: 100 });
	return id;
}
async function register(eventId: string, email: string, createdAt: Date, status = 'confirmed', personId: string | null = null) {
	seq += 1;
	await t.db.insert(eventRegistrations).values({
		eventId,
		email,
		name: email,
		status,
		personId,
		ticketTokenHash: `hash-${seq}`,
		checkinCode: `CODE${seq}`,
		source: 'staff',
		createdAt
	});
}
const byEmail = (records: ReachRecord[], emails: Map<string, string>) =>
	Object.fromEntries(records.map((r) => [emails.get(r.ref) ?? r.ref, r]));

beforeAll(async () => {
	t = await createTestDb();
});
afterAll(async () => {
	await t.close();
});

describe('who was reached (one definition for every report)', () => {
	it('finds helix through the first organisation with one, region with the organisation as fallback, themes, and first-time contacts', async () => {
		const [sport] = await t.db
			.insert(taxonomyTerms)
			.values({ kind: 'theme', key: 'reach-sport', labelNl: 'Sport (nl)', labelFr: 'Sport (fr)', labelEn: 'Sport (en)' })
			.returning();
		const old = await person('Old', new Date('2020-01-01'), { region: 'flanders' });
		const fresh = await person('Fresh', at(-2));
		const engaged = await person('Engaged', at(-3), { region: 'brussels' });
		const orgs = await t.db
			.insert(organisations)
			.values([
				{ name: 'No helix', region: 'wallonia' },
				{ name: 'Uni', helix: 'academia', region: 'abroad' },
				{ name: 'Later', helix: 'citizens' }
			])
			.returning();
		await t.db.insert(personOrganisations).values([
			{ personId: fresh, organisationId: orgs[0].id, createdAt: at(-2) },
			{ personId: fresh, organisationId: orgs[1].id, createdAt: at(-1) },
			{ personId: fresh, organisationId: orgs[2].id, createdAt: at(0) }
		]);
		await t.db.insert(personTerms).values({ personId: fresh, termId: sport.id, relation: 'theme' });
		const [initiative] = await t.db.insert(initiatives).values({ title: 'Reach', stage: 'idea' }).returning();
		await t.db.insert(engagements).values({ personId: engaged, initiativeId: initiative.id, source: 'staff', requestedAt: at(-2) });

		const earlier = await event('Earlier');
		const later = await event('Later');
		await register(earlier, 'repeat@reach.example.be', at(-240));
		await register(earlier, 'cancel@reach.example.be', at(-240), 'cancelled');
		await register(later, 'old@reach.example.be', at(0), 'confirmed', old);
		await register(later, 'fresh@reach.example.be', at(0)); // linked by e-mail at report time
		await register(later, 'engaged@reach.example.be', at(0), 'waitlisted', engaged);
		await register(later, 'repeat@reach.example.be', at(0));
		await register(later, 'cancel@reach.example.be', at(0));
		await register(later, 'gone@reach.example.be', at(0), 'cancelled');

		const regs = await t.db.select().from(eventRegistrations);
		const emails = new Map(regs.map((r) => [r.id, r.email]));
		const records = await reachRecords(t.db, eventSubjects(later), 'en');
		expect(records).toHaveLength(5); // the cancelled registration was not reached
		const r = byEmail(records, emails);
		// The directory record existed for years: sif knew them.
		expect(r['old@reach.example.be']).toMatchObject({ personId: old, firstTime: false, region: 'flanders', helix: null, themes: [] });
		// Made the same day as the registration: paperwork of this contact. Helix from the first
		// organisation that has one (not the first organisation, not a later one); region from
		// the first organisation with a region, as the person has none.
		expect(r['fresh@reach.example.be']).toMatchObject({ personId: fresh, firstTime: true, helix: 'academia', region: 'wallonia', themes: ['Sport (en)'] });
		// An engagement was requested before the registration.
		expect(r['engaged@reach.example.be']).toMatchObject({ firstTime: false, region: 'brussels' });
		// An earlier live registration by the same e-mail; a cancelled one does not count.
		expect(r['repeat@reach.example.be']).toMatchObject({ personId: null, firstTime: false });
		expect(r['cancel@reach.example.be']).toMatchObject({ personId: null, firstTime: true });
		// The earlier event is where "repeat" was a first-time contact.
		expect((await reachRecords(t.db, eventSubjects(earlier))).map((x) => x.firstTime)).toEqual([true]);

		const tally = tallyReach(records);
		expect(tally).toMatchObject({ total: 5, linked: 3, firstTime: 2 });
		expect(tally.helix).toEqual([
			{ key: '', n: 4 },
			{ key: 'academia', n: 1 }
		]);
		expect(tally.regions).toEqual([
			{ key: '', n: 2 },
			{ key: 'brussels', n: 1 },
			{ key: 'flanders', n: 1 },
			{ key: 'wallonia', n: 1 }
		]);
		expect(tally.themes).toEqual([{ key: 'Sport (en)', n: 1 }]);
		expect(reachCsvCells(r['fresh@reach.example.be'], 'fr')).toEqual(['Monde académique', 'Wallonie', 'Sport (en)', 'oui']);

		// A cohort a day later: Fresh was reached before (the registration); a newcomer
		// recorded the same day is a first-time contact.
		const newbie = await person('Newbie', at(23));
		const [cohort] = await t.db.insert(cohorts).values({ name: 'Reach cohort', kind: 'startup_club', year: 2030 }).returning();
		const members = await t.db
			.insert(cohortMembers)
			.values([
				{ cohortId: cohort.id, personId: fresh, addedAt: at(24) },
				{ cohortId: cohort.id, personId: newbie, addedAt: at(24) }
			])
			.returning();
		const inCohort = await reachRecords(t.db, cohortSubjects(cohort.id));
		expect(Object.fromEntries(inCohort.map((x) => [x.ref, x.firstTime]))).toEqual({ [members[0].id]: false, [members[1].id]: true });

		// Applicants two days later: counted once per person, through their account when the
		// application has no directory record; drafts are not reached.
		const cli = systemActor('cli');
		const ann = await createUser(t.db, cli, { email: 'ann@reach.example.be', name: 'Ann', role: 'innovator', password: 'correct horse battery' });
		const bob = await createUser(t.db, cli, { email: 'repeat@reach.example.be', name: 'Bob', role: 'innovator', password: 'correct horse battery' });
		const cara = await createUser(t.db, cli, { email: 'cara@reach.example.be', name: 'Cara', role: 'innovator', password: 'correct horse battery' });
		const annPerson = await person('Ann', at(47), { userId: ann.id, region: 'brussels' });
		const [programme] = await t.db.insert(programmes).values({ name: 'Reach club', kind: 'startup_club' }).returning();
		const calls = await t.db
			.insert(programmeCalls)
			.values([
				{ programmeId: programme.id, title: 'One', opensAt: at(0), closesAt: at(100) },
				{ programmeId: programme.id, title: 'Two', opensAt: at(0), closesAt: at(100) }
			])
			.returning();
		await t.db.insert(programmeApplications).values([
			{ callId: calls[0].id, applicantUserId: ann.id, status: 'accepted', submittedAt: at(48) },
			{ callId: calls[1].id, applicantUserId: ann.id, status: 'rejected', submittedAt: at(50) },
			{ callId: calls[0].id, applicantUserId: bob.id, status: 'submitted', submittedAt: at(48) },
			{ callId: calls[0].id, applicantUserId: cara.id, status: 'draft' }
		]);
		const applicants = await reachRecords(t.db, applicantSubjects(programme.id, ['submitted', 'accepted', 'waitlisted', 'rejected']));
		expect(applicants.map((x) => [x.personId, x.firstTime, x.region]).sort()).toEqual(
			[
				[annPerson, true, 'brussels'],
				[null, false, null] // Bob registered for an event with this e-mail before
			].sort()
		);
		const accepted = await reachRecords(t.db, applicantSubjects(programme.id, ['accepted']));
		expect(accepted.map((x) => x.personId)).toEqual([annPerson]);

		// The event and cohort CSVs carry the same four reach columns per row.
		const eventCsv = (await eventRegistrationsCsv(t.db, cli, later, 'en')).trim().split('\r\n');
		expect(eventCsv[0].endsWith(';Helix;Region;Themes;First-time contact')).toBe(true);
		expect(eventCsv.find((l) => l.includes('fresh@reach'))!.endsWith(';Academia;Wallonia;Sport (en);yes')).toBe(true);
		expect(eventCsv.find((l) => l.includes('gone@reach'))!.endsWith(';;;;')).toBe(true); // cancelled: not reached
		const cohortCsv = (await cohortAttendanceCsv(t.db, cli, cohort.id, 'nl')).csv.trim().split('\r\n');
		// (the cohort CSV's survey columns follow the reach columns; no one answered here)
		expect(cohortCsv[0]).toContain(";Helix;Regio;Thema's;Eerste contact;");
		expect(cohortCsv.find((l) => l.startsWith('Newbie'))!.endsWith('%;;;;ja;;;')).toBe(true);
		expect(cohortCsv.find((l) => l.startsWith('Fresh'))!.endsWith(';Academia;Wallonië;Sport (nl);nee;;;')).toBe(true);
	});
});
