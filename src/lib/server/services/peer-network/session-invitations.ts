/**
 * The .ics invitation every participant of a planned session gets, in their language,
 * naming the others. Used by group offers (one giver, several receivers).
 */
import type { Db } from '../../db/client.ts';
import { translate } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { buildIcs } from '../../../domain/calendar/ics.ts';
import { mailPerson, type Contact } from './peer-records.ts';

export async function sendSessionInvitations(
	tx: Db,
	session: { id: string; startsAt: Date; minutes: number; skill: (locale: Contact['locale']) => string; description: string },
	participants: readonly (Contact | undefined)[],
	now: Date
): Promise<void> {
	const present = participants.filter((c): c is Contact => Boolean(c));
	const attendees = present.filter((c) => c.email).map((c) => ({ name: c.displayName, email: c.email! }));
	for (const to of present) {
		const others = present.filter((c) => c.id !== to.id).map((c) => c.displayName).join(', ');
		const ics = buildIcs({
			uid: `peer-session-${session.id}@sif`,
			start: session.startsAt,
			end: new Date(session.startsAt.getTime() + session.minutes * 60_000),
			stamp: now,
			summary: translate(to.locale, 'peerNetwork.icsSummary', { skill: session.skill(to.locale), other: others }),
			description: session.description,
			attendees
		});
		await mailPerson(
			tx,
			to,
			'peerNetwork.planned',
			'peerNetwork.mailPlannedSubject',
			'peerNetwork.mailPlannedBody',
			(l) => ({ other: others, when: formatDateTime(l, session.startsAt) }),
			[
				{
					filename: 'peer-session.ics',
					contentType: 'text/calendar; method=REQUEST; charset=utf-8',
					content: Buffer.from(ics).toString('base64')
				}
			]
		);
	}
}
