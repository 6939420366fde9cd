/**
 * A session as a calendar file: the same event (same UID) as the .ics invitation the
 * participants got by e-mail, to download from the session page; a called-off session
 * gives a CANCEL so calendars drop it. Participants and staff only (others: 404).
 */
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Locale } from '../../../i18n/core.ts';
import { translate } from '../../../i18n/index.ts';
import { buildIcs } from '../../../domain/calendar/ics.ts';
import { contactsOf } from './peer-records.ts';
import { categoryLabel, categoryLabels } from './category-labels.ts';
import { loadPeerSessionView } from './peer-sessions.ts';
import { SESSION_MINUTES } from './plan-peer-request.ts';

export interface SessionCalendarInput {
	id: string;
	topic: string;
	scheduledAt: Date;
	category: string | null;
	description: string;
	giverId: string;
	receiverIds: string[];
}

/** The .ics text for one reader; `cancelled` makes it a CANCEL of the same event. */
export async function sessionIcsFor(
	db: Db,
	session: SessionCalendarInput,
	readerId: string | null,
	locale: Locale,
	now: Date,
	cancelled = false
): Promise<string> {
	const contacts = await contactsOf(db, [session.giverId, ...session.receiverIds]);
	const labels = await categoryLabels(db);
	const everyone = [session.giverId, ...session.receiverIds];
	const others = everyone
		.filter((id) => id !== readerId)
		.map((id) => contacts.get(id)?.displayName ?? '')
		.filter(Boolean)
		.join(', ');
	return buildIcs({
		uid: `peer-session-${session.id}@sif`,
		start: session.scheduledAt,
		end: new Date(session.scheduledAt.getTime() + SESSION_MINUTES * 60_000),
		stamp: now,
		summary: translate(locale, 'peerNetwork.icsSummary', {
			skill: session.category ? categoryLabel(labels, session.category, locale) : session.topic,
			other: others
		}),
		description: session.description,
		attendees: everyone
			.map((id) => contacts.get(id))
			.filter((c) => c?.email)
			.map((c) => ({ name: c!.displayName, email: c!.email! })),
		sequence: cancelled ? 1 : 0,
		method: cancelled ? 'CANCEL' : 'REQUEST'
	});
}

export async function peerSessionIcs(db: Db, actor: Actor, sessionId: string, locale: Locale = 'nl', now: Date = new Date()) {
	const view = await loadPeerSessionView(db, actor, sessionId);
	return sessionIcsFor(
		db,
		{
			id: view.id,
			topic: view.topic,
			scheduledAt: view.scheduledAt,
			category: view.request?.category ?? view.offer?.category ?? null,
			description: view.request?.question ?? view.offer?.description ?? view.topic,
			giverId: view.giver.id,
			receiverIds: view.receivers.map((r) => r.id)
		},
		view.access.me,
		locale,
		now,
		view.status === 'cancelled'
	);
}
