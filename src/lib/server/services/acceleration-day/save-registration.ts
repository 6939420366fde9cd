/**
 * A person fills in (or changes) their registration through their personal link, or
 * staff do it for them. The token is the authority of the link: whoever holds it acts
 * for that participant (decision 080). Through the link, registering after publication is
 * refused: the timetable is fixed then, staff change it. Staff (by participant id) may
 * change a registration until the day is over; it counts at the next solve.
 * Staff may also set the person's language (the e-mails' language).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adParticipants } from '../../db/schema/acceleration-day.ts';
import { people } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { RegistrationSchema, type RegistrationInput } from '../../../schemas/acceleration-day.ts';
import { loadDay, meetingSlotCount, loadBlocks, participantByToken, type ParticipantWithPerson } from './day-records.ts';
import { registrationValues } from './registration-values.ts';

export type ParticipantRef = { token: string } | { participantId: string };

/** The participant a call is about: by personal link for anyone, by id for staff. */
export async function resolveParticipant(db: Db, actor: Actor, ref: ParticipantRef, locale: Locale): Promise<ParticipantWithPerson> {
	if ('token' in ref) return participantByToken(db, ref.token, locale);
	authorize(actor, 'accelerationDay.manage');
	const [row] = await db.select({ token: adParticipants.token }).from(adParticipants).where(eq(adParticipants.id, ref.participantId));
	if (!row) throw new AppError('not_found', translate(locale, 'accelerationDay.participantNotFound'));
	return participantByToken(db, row.token, locale);
}

export async function saveRegistration(
	db: Db,
	actor: Actor,
	input: ParticipantRef & { registration: RegistrationInput; language?: Locale },
	locale: Locale = 'nl'
): Promise<{ id: string }> {
	const participant = await resolveParticipant(db, actor, input, locale);
	const byStaff = 'participantId' in input;
	const registration = parseInput(RegistrationSchema, { ...input.registration, side: participant.side }, locale);
	const day = await loadDay(db, participant.dayId, locale);
	if (day.status === 'done') throw new AppError('invalid_state', translate(locale, 'accelerationDay.dayIsOver'));
	if (day.status === 'published' && !byStaff) {
		throw new AppError('invalid_state', translate(locale, 'accelerationDay.registrationClosed'));
	}
	const language = byStaff && input.language && input.language !== participant.locale ? input.language : null;
	if (registration.side === 'chancegiver') {
		const slots = meetingSlotCount(await loadBlocks(db, day.id));
		if (registration.availableSlots.some((s) => s >= slots)) {
			throw new AppError('validation_failed', translate(locale, 'common.formHasErrors'), {
				fields: { availableSlots: [translate(locale, 'accelerationDay.slotUnknown')] }
			});
		}
	}
	return db.transaction(async (tx) => {
		const values = { ...registrationValues(registration), status: 'registered' as const, registeredAt: participant.registeredAt ?? new Date() };
		await tx.update(adParticipants).set(values).where(eq(adParticipants.id, participant.id));
		if (language) await tx.update(people).set({ locale: language }).where(eq(people.id, participant.personId));
		await recordAudit(tx, actor, {
			action: 'accelerationDay.registration',
			subjectType: 'ad_participant',
			subjectId: participant.id,
			before: {
				status: participant.status,
				question: participant.question,
				categories: participant.categories,
				themes: participant.themes,
				role: participant.role,
				availableSlots: participant.availableSlots,
				maxMeetings: participant.maxMeetings,
				...(language ? { language: participant.locale } : {})
			},
			after: { ...values, ...(language ? { language } : {}) }
		});
		return { id: participant.id };
	});
}

/** The person says they will not come; staff or the link holder. */
export async function declineParticipation(db: Db, actor: Actor, ref: ParticipantRef, locale: Locale = 'nl'): Promise<void> {
	const participant = await resolveParticipant(db, actor, ref, locale);
	await db.transaction(async (tx) => {
		await tx.update(adParticipants).set({ status: 'declined' }).where(eq(adParticipants.id, participant.id));
		await recordAudit(tx, actor, {
			action: 'accelerationDay.decline',
			subjectType: 'ad_participant',
			subjectId: participant.id,
			before: { status: participant.status },
			after: { status: 'declined' }
		});
	});
}
