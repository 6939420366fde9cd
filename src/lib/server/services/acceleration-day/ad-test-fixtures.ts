/** Fixtures for the Acceleration Day database tests, named after the state they create. */
import { expect } from 'vitest';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/core.ts';
import { taxonomyTerms } from '../../db/schema/people.ts';
import { AppError } from '../../errors.ts';
import type { UserActor } from '../../auth/actor.ts';
import { createAccelerationDay } from './create-day.ts';
import { registerParticipant } from './register-participant.ts';
import type { AccelerationDayInput } from '../../../schemas/acceleration-day.ts';

let counter = 0;
const unique = () => `${++counter}-${Math.random().toString(36).slice(2, 8)}`;

export async function seedStaff(db: Db): Promise<UserActor> {
	const email = `ad-staff-${unique()}@sif.test`;
	const [user] = await db.insert(users).values({ email, name: 'Ann Staff', role: 'staff' }).returning();
	return { kind: 'user', userId: user.id, role: 'staff', name: 'Ann Staff', email, locale: 'en', via: 'session' };
}

export async function seedAdTaxonomy(db: Db) {
	await db
		.insert(taxonomyTerms)
		.values([
			{ kind: 'theme', key: 'poverty', labelNl: 'Armoede', labelFr: 'Pauvreté', labelEn: 'Poverty' },
			{ kind: 'theme', key: 'food', labelNl: 'Voeding', labelFr: 'Alimentation', labelEn: 'Food' },
			{ kind: 'category', key: 'funding', labelNl: 'Financiering', labelFr: 'Financement', labelEn: 'Funding' },
			{ kind: 'category', key: 'legal', labelNl: 'Juridisch', labelFr: 'Juridique', labelEn: 'Legal' },
			{ kind: 'category', key: 'marketing', labelNl: 'Marketing', labelFr: 'Marketing', labelEn: 'Marketing' }
		])
		.onConflictDoNothing();
}

export function dayInput(overrides: Partial<AccelerationDayInput> = {}): AccelerationDayInput {
	return {
		title: 'Acceleration Day Gent',
		date: '2026-12-10',
		venue: 'De Krook, Gent',
		format: 'xl',
		seatsPerTable: 1,
		tableNames: [],
		start: '09:00',
		slotCount: 4,
		slotMinutes: 20,
		gapMinutes: 5,
		pitchMinutes: 0,
		breakAfter: 2,
		breakMinutes: 15,
		...overrides
	};
}

export async function seedDay(db: Db, staff: UserActor, overrides: Partial<AccelerationDayInput> = {}) {
	return (await createAccelerationDay(db, staff, dayInput(overrides), 'en')).id;
}

const categories = ['funding', 'legal', 'marketing'];
const roles = ['funder', 'expert', 'mentor', 'networker'] as const;

/** A day with `innovators` registered cases and `chancegivers` registered chancegivers. */
export async function seedRegisteredDay(
	db: Db,
	staff: UserActor,
	sizes: { innovators: number; chancegivers: number },
	overrides: Partial<AccelerationDayInput> = {}
) {
	const dayId = await seedDay(db, staff, overrides);
	const innovators: string[] = [];
	const chancegivers: string[] = [];
	for (let i = 0; i < sizes.innovators; i++) {
		const r = await registerParticipant(db, staff, {
			dayId,
			side: 'innovator',
			name: `Case ${i + 1}`,
			email: `case${i}-${unique()}@example.be`,
			language: (['nl', 'fr', 'en'] as const)[i % 3],
			sendLink: false,
			registration: { side: 'innovator', question: `We need ${categories[i % 3]} for our food project`, categories: [categories[i % 3]], themes: ['food'] }
		});
		innovators.push(r.id);
	}
	for (let c = 0; c < sizes.chancegivers; c++) {
		const r = await registerParticipant(db, staff, {
			dayId,
			side: 'chancegiver',
			name: `Giver ${c + 1}`,
			email: `giver${c}-${unique()}@example.be`,
			language: 'nl',
			sendLink: false,
			registration: { side: 'chancegiver', role: roles[c % 4], categories: [categories[c % 3]], themes: ['food'], availableSlots: [], maxMeetings: 3 }
		});
		chancegivers.push(r.id);
	}
	return { dayId, innovators, chancegivers };
}

export async function expectAppError(promise: Promise<unknown>, code: string) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	expect((error as AppError).code).toBe(code);
	return error as AppError;
}
