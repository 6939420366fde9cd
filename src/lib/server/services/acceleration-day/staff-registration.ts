/**
 * Staff change what a participant gave through their personal link (question, needs or
 * offers, themes, role, presence, wish, language) from the day's participant list. The
 * same validation and saving as the link (`saveRegistration`); after publication the
 * change counts at the next solve (decision 080).
 */
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import type { RegistrationInput } from '../../../schemas/acceleration-day.ts';
import { findVersion, loadDay, type ParticipantWithPerson } from './day-records.ts';
import { resolveParticipant, saveRegistration } from './save-registration.ts';

const LanguageSchema = z.object({ language: z.enum(['nl', 'fr', 'en'], 'accelerationDay.languageRequired').optional() });

async function participantOfDay(db: Db, actor: Actor, input: { dayId: string; participantId: string }, locale: Locale): Promise<ParticipantWithPerson> {
	authorize(actor, 'accelerationDay.manage');
	const participant = await resolveParticipant(db, actor, { participantId: input.participantId }, locale);
	if (participant.dayId !== input.dayId) throw new AppError('not_found', translate(locale, 'accelerationDay.participantNotFound'));
	return participant;
}

/** The staff edit form's data: the participant's registration, the day, and whether a timetable is out. */
export async function participantRegistrationForStaff(db: Db, actor: Actor, input: { dayId: string; participantId: string }, locale: Locale = 'nl') {
	const p = await participantOfDay(db, actor, input, locale);
	const day = await loadDay(db, p.dayId, locale);
	const published = await findVersion(db, day.id, 'published');
	return {
		day: { id: day.id, title: day.title, status: day.status },
		participant: {
			id: p.id,
			name: p.name,
			email: p.email,
			side: p.side as 'innovator' | 'chancegiver',
			status: p.status,
			language: p.locale,
			tableName: p.tableName,
			question: p.question,
			categories: p.categories,
			themes: p.themes,
			role: p.role,
			availableSlots: p.availableSlots,
			maxMeetings: p.maxMeetings
		},
		timetablePublished: published !== null
	};
}

/** Saves the registration on the participant's behalf; audited like the link's own save. */
export async function updateParticipantRegistration(
	db: Db,
	actor: Actor,
	input: { dayId: string; participantId: string; registration: RegistrationInput; language?: string },
	locale: Locale = 'nl'
): Promise<{ id: string; status: 'registered'; appliesAtNextSolve: boolean }> {
	await participantOfDay(db, actor, input, locale);
	const { language } = parseInput(LanguageSchema, { language: input.language || undefined }, locale);
	await saveRegistration(db, actor, { participantId: input.participantId, registration: input.registration, language }, locale);
	const published = await findVersion(db, input.dayId, 'published');
	return { id: input.participantId, status: 'registered', appliesAtNextSolve: published !== null };
}
