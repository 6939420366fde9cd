/**
 * The short survey afterwards, answered through the personal ticket link (no account):
 * one answer per registration; answering again replaces the earlier answer.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eventRegistrations, eventSurveyResponses } from '../../db/schema/events.ts';
import { AppError } from '../../errors.ts';
import { hashToken } from '../../auth/crypto.ts';
import { parseInput } from '../../validation.ts';
import { SurveyInputSchema, type SurveyInput } from '../../../schemas/events.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { findEvent } from './event-records.ts';

export async function submitSurvey(db: Db, eventId: string, token: string, input: SurveyInput, locale: Locale = 'nl') {
	const event = await findEvent(db, eventId, locale);
	if (!event.surveyOpen) throw new AppError('invalid_state', translate(locale, 'events.surveyClosed'));
	const data = parseInput(SurveyInputSchema, input, locale);
	const [registration] = await db
		.select()
		.from(eventRegistrations)
		.where(and(eq(eventRegistrations.ticketTokenHash, hashToken(token)), eq(eventRegistrations.eventId, event.id)));
	if (!registration) throw new AppError('not_found', translate(locale, 'events.registrationNotFound'));
	const values = {
		rating: data.rating,
		wouldRecommend: data.wouldRecommend ?? null,
		comment: data.comment
	};
	await db
		.insert(eventSurveyResponses)
		.values({ registrationId: registration.id, eventId: event.id, ...values })
		.onConflictDoUpdate({ target: eventSurveyResponses.registrationId, set: { ...values, createdAt: new Date() } });
	return { ok: true as const };
}
