/**
 * E-mails to the members of a cohort (decision 076), each in the member's language (the
 * directory record's), through the outbox inside the caller's transaction: a session added
 * or moved (date, time or place) with an .ics, a session cancelled, and staff's message to
 * all members. Dropped members and records without an e-mail address get nothing; the
 * latter are reported so staff can reach them another way.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cohortMembers } from '../../db/schema/cohorts.ts';
import { people } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { buildIcs } from '../../../domain/calendar/ics.ts';
import { MessageMembersSchema } from '../../../schemas/cohorts.ts';
import { translate } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { isLocale, type Locale } from '../../../i18n/core.ts';
import { cohortById, type CohortRow, type SessionRow } from './cohort-records.ts';

export type SessionMailKind = 'added' | 'changed' | 'cancelled';

interface Recipient {
	email: string | null;
	displayName: string;
	locale: Locale;
}

/** Members not dropped, with their address and language. */
async function recipientsOf(tx: Db, cohortId: string): Promise<Recipient[]> {
	const rows = await tx
		.select({ email: people.email, displayName: people.displayName, locale: people.locale })
		.from(cohortMembers)
		.innerJoin(people, eq(people.id, cohortMembers.personId))
		.where(and(eq(cohortMembers.cohortId, cohortId), ne(cohortMembers.status, 'dropped')));
	return rows.map((r) => ({ email: r.email, displayName: r.displayName, locale: isLocale(r.locale) ? r.locale : 'nl' }));
}

export function sessionIcs(cohort: CohortRow, session: SessionRow, now: Date, cancelled = false): string {
	return buildIcs({
		uid: `cohort-session-${session.id}@sif`,
		start: session.startsAt,
		end: session.endsAt ?? new Date(session.startsAt.getTime() + 3 * 3600_000),
		stamp: now,
		summary: `${session.title} (${cohort.name})`,
		location: session.place || undefined,
		sequence: session.version,
		method: cancelled ? 'CANCEL' : 'PUBLISH'
	});
}

/** Tells every member about a session added, moved or cancelled; returns how many got it. */
export async function mailSession(tx: Db, cohort: CohortRow, session: SessionRow, kind: SessionMailKind, now: Date): Promise<number> {
	const recipients = (await recipientsOf(tx, cohort.id)).filter((r) => r.email);
	const ics = Buffer.from(sessionIcs(cohort, session, now, kind === 'cancelled')).toString('base64');
	for (const r of recipients) {
		const params = {
			name: r.displayName,
			cohort: cohort.name,
			title: session.title,
			when: formatDateTime(r.locale, session.startsAt),
			where: session.place || '—'
		};
		await enqueueEmail(tx, {
			to: r.email!,
			subject: translate(r.locale, `cohorts.mail_${kind}_subject`, params),
			text: translate(r.locale, `cohorts.mail_${kind}_body`, params),
			kind: `cohort.session_${kind}`,
			attachments: [
				{
					filename: 'session.ics',
					contentType: `text/calendar; charset=utf-8; method=${kind === 'cancelled' ? 'CANCEL' : 'PUBLISH'}`,
					content: ics
				}
			]
		});
	}
	return recipients.length;
}

/** Staff write to all members of a cohort (not the dropped ones). */
export async function messageMembers(db: Db, actor: Actor, cohortId: string, input: unknown, locale: Locale = 'nl') {
	authorize(actor, 'cohorts.manage');
	const data = parseInput(MessageMembersSchema, input, locale);
	return db.transaction(async (tx) => {
		const cohort = await cohortById(tx, cohortId, locale);
		const recipients = await recipientsOf(tx, cohort.id);
		let sent = 0;
		for (const r of recipients) {
			if (!r.email) continue;
			await enqueueEmail(tx, {
				to: r.email,
				subject: `${cohort.name}: ${data.subject}`,
				text: `${data.body}\n\n— ${translate(r.locale, 'cohorts.mail_message_footer', { cohort: cohort.name })}`,
				kind: 'cohort.message'
			});
			sent++;
		}
		const withoutEmail = recipients.filter((r) => !r.email).map((r) => r.displayName);
		await recordAudit(tx, actor, { action: 'cohort.message', subjectType: 'cohort', subjectId: cohort.id, after: { subject: data.subject, sent, withoutEmail } });
		return { sent, withoutEmail };
	});
}
