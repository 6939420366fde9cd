/**
 * The e-mails of an event registration, in the registrant's language: confirmation
 * (with the ticket link and an .ics), waitlist, promotion, cancellation and reminder.
 * Always enqueued inside the caller's transaction.
 */
import type { Db } from '../../db/client.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { buildIcs } from '../../../domain/calendar/ics.ts';
import { translate } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { eventLink, localeOf, ticketLink, type EventRow } from './event-records.ts';
import { ticketQrPngBase64 } from './ticket-qr.ts';

export type EventMailKind = 'confirmed' | 'waitlisted' | 'promoted' | 'cancelled' | 'reminder' | 'survey';

export function eventIcs(event: EventRow, now: Date): string {
	const end = event.endsAt ?? new Date(event.startsAt.getTime() + 2 * 3600_000);
	return buildIcs(
		{
			uid: `event-${event.id}@sif`,
			start: event.startsAt,
			end,
			stamp: now,
			summary: event.title,
			description: event.description || undefined,
			location: event.location || undefined,
			url: eventLink(event),
			sequence: event.version,
			method: 'PUBLISH'
		}
	);
}

export async function sendRegistrationMail(
	tx: Db,
	kind: EventMailKind,
	event: EventRow,
	registration: { name: string; email: string; locale: string; checkinCode?: string },
	ticketToken: string | null,
	now: Date,
	/** The ticket's QR code as base64 PNG, when the caller made it before taking locks. */
	qrPngBase64?: string
): Promise<void> {
	const l = localeOf(registration.locale);
	const params = {
		name: registration.name,
		title: event.title,
		when: formatDateTime(l, event.startsAt),
		where: event.location || '—',
		link:
			kind === 'survey' && ticketToken
				? `${ticketLink(event, ticketToken)}/survey`
				: ticketToken
					? ticketLink(event, ticketToken)
					: eventLink(event)
	};
	const withCalendar = kind === 'confirmed' || kind === 'promoted' || kind === 'reminder';
	await enqueueEmail(tx, {
		to: registration.email,
		subject: translate(l, `events.mail_${kind}_subject`, params),
		text: translate(l, `events.mail_${kind}_body`, params),
		kind: `event.${kind}`,
		attachments: withCalendar
			? [
					{
						filename: 'event.ics',
						contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
						content: Buffer.from(eventIcs(event, now)).toString('base64')
					},
					// The ticket's QR code, to show at the door even without opening the link.
					...(registration.checkinCode
						? [
								{
									filename: 'ticket-qr.png',
									contentType: 'image/png',
									content: qrPngBase64 ?? ticketQrPngBase64(event.id, registration.checkinCode)
								}
							]
						: [])
				]
			: undefined
	});
}
