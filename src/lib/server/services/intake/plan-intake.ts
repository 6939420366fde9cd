/**
 * Plans (or re-plans) the intake meeting of a requested engagement: date, place or video
 * link, staff member; the innovator and the staff member get an invitation with an .ics
 * (same UID, higher SEQUENCE on a change, so calendars update the event).
 */
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/core.ts';
import { initiatives, intakeMeetings } from '../../db/schema/intake.ts';
import type { Actor } from '../../auth/actor.ts';
import { actorUserId } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { translate } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/core.ts';
import { PlanIntakeSchema } from '../../../schemas/intake.ts';
import { buildIcs } from '../../../domain/calendar/ics.ts';
import { addTimeline, lockEngagement, moveEngagement, peopleByIds, personLocale } from './intake-records.ts';

export async function planIntake(
	db: Db,
	actor: Actor,
	input: z.input<typeof PlanIntakeSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
): Promise<{ meetingId: string; version: number }> {
	authorize(actor, 'intake.manage');
	const data = parseInput(PlanIntakeSchema, input, locale);
	return db.transaction(async (tx) => {
		const row = await lockEngagement(tx, data.engagementId, data.version);
		const staffId = actorUserId(actor);
		const [existing] = await tx
			.select()
			.from(intakeMeetings)
			.where(and(eq(intakeMeetings.engagementId, row.id), eq(intakeMeetings.status, 'planned')));
		const values = {
			startsAt: data.startsAt,
			durationMinutes: data.durationMinutes,
			location: data.location || null,
			videoUrl: data.videoUrl || null,
			staffUserId: staffId
		};
		const [meeting] = existing
			? await tx
					.update(intakeMeetings)
					.set({ ...values, sequence: existing.sequence + 1 })
					.where(eq(intakeMeetings.id, existing.id))
					.returning()
			: await tx
					.insert(intakeMeetings)
					.values({ ...values, engagementId: row.id })
					.returning();
		const updated = await moveEngagement(tx, actor, row, 'plan_intake', existing ? 'replanned' : 'planned', now, {
			ownerUserId: row.ownerUserId ?? staffId
		});
		const person = (await peopleByIds(tx, [row.personId])).get(row.personId)!;
		const [initiative] = await tx.select().from(initiatives).where(eq(initiatives.id, row.initiativeId));
		const [staff] = staffId ? await tx.select().from(users).where(eq(users.id, staffId)) : [];
		const to = personLocale(person.locale);
		const place = [data.location, data.videoUrl].filter(Boolean).join(' · ');
		const when = formatDateTime(to, data.startsAt);
		const ics = buildIcs({
			uid: `intake-${meeting.id}@sif`,
			start: data.startsAt,
			end: new Date(data.startsAt.getTime() + data.durationMinutes * 60_000),
			stamp: now,
			sequence: meeting.sequence,
			summary: translate(to, 'intake.inviteSummary', { title: initiative.title }),
			description: translate(to, 'intake.inviteIcsDescription', { title: initiative.title, place }),
			location: data.location || data.videoUrl || undefined,
			url: data.videoUrl || undefined,
			organizer: staff ? { name: staff.name, email: staff.email } : undefined,
			attendees: person.email ? [{ name: person.displayName, email: person.email }] : []
		});
		const attachments = [{ filename: 'intake.ics', contentType: 'text/calendar; method=REQUEST; charset=utf-8', content: Buffer.from(ics).toString('base64') }];
		if (person.email) {
			await enqueueEmail(tx, {
				to: person.email,
				kind: 'intake.invitation',
				subject: translate(to, 'intake.inviteSubject', { title: initiative.title, when }),
				text: translate(to, 'intake.inviteBody', { name: person.displayName, title: initiative.title, when, place, staff: staff?.name ?? '' }),
				attachments
			});
		}
		if (staff) {
			const staffLocale = personLocale(staff.locale);
			await enqueueEmail(tx, {
				to: staff.email,
				kind: 'intake.invitation.staff',
				subject: translate(staffLocale, 'intake.inviteSubject', { title: initiative.title, when: formatDateTime(staffLocale, data.startsAt) }),
				text: translate(staffLocale, 'intake.inviteStaffBody', { name: person.displayName, title: initiative.title, place }),
				attachments
			});
		}
		await addTimeline(tx, actor, {
			personId: row.personId,
			kind: 'intake.planned',
			summaryKey: 'intake.tlIntakePlanned',
			params: { date: data.startsAt.toISOString() },
			link: `/cases/${row.id}`,
			at: now,
			public: true
		});
		await recordAudit(tx, actor, {
			action: 'intake.plan',
			subjectType: 'engagement',
			subjectId: row.id,
			before: existing ?? null,
			after: meeting
		});
		return { meetingId: meeting.id, version: updated.version };
	});
}
