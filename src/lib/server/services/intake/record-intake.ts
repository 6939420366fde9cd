/**
 * Records the intake meeting against the seed questions (impact, societal need, income,
 * development cost, improvement, partners), the needs (taxonomy + text) and the skills
 * the innovator offers peers (person_terms relation 'offer', for the peer-learning
 * network), and its outcome: take on (active, planned end after the setting's months),
 * refer elsewhere, or not now — with an e-mail to the innovator in their language.
 */
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { initiatives, intakeMeetings, needs } from '../../db/schema/intake.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { RecordIntakeSchema } from '../../../schemas/intake.ts';
import { plannedEnd } from '../../../domain/intake/engagement-state.ts';
import { addPersonTerms, addTimeline, lockEngagement, moveEngagement, peopleByIds, personLocale, resolveTerms } from './intake-records.ts';
import { engagementMonths } from './intake-settings.ts';

const outcomeColumn = { take_on: 'taken_on', refer: 'referred', not_now: 'not_now' } as const;

export async function recordIntake(
	db: Db,
	actor: Actor,
	input: z.input<typeof RecordIntakeSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
): Promise<{ state: string; version: number }> {
	authorize(actor, 'intake.manage');
	const data = parseInput(RecordIntakeSchema, input, locale);
	return db.transaction(async (tx) => {
		const row = await lockEngagement(tx, data.engagementId, data.version);
		const [planned] = await tx
			.select()
			.from(intakeMeetings)
			.where(and(eq(intakeMeetings.engagementId, row.id), eq(intakeMeetings.status, 'planned')));
		const meetingValues = { status: 'done', answers: data.answers, recordedAt: now, staffUserId: actorUserId(actor) };
		if (planned) {
			await tx.update(intakeMeetings).set(meetingValues).where(eq(intakeMeetings.id, planned.id));
		} else {
			await tx.insert(intakeMeetings).values({ ...meetingValues, engagementId: row.id, startsAt: now });
		}
		const categories = await resolveTerms(tx, 'category', data.needs.map((n) => n.category));
		if (data.needs.length) {
			await tx.insert(needs).values(
				data.needs.map((need, i) => ({
					engagementId: row.id,
					personId: row.personId,
					category: categories[i].key,
					termId: categories[i].termId,
					text: need.text,
					openedAt: now
				}))
			);
			await addPersonTerms(tx, row.personId, 'need', categories);
		}
		const offers = await resolveTerms(tx, 'category', data.offers);
		await addPersonTerms(tx, row.personId, 'offer', offers);

		const months = await engagementMonths(tx);
		const extra = {
			outcome: outcomeColumn[data.outcome],
			outcomeReason: data.reason || null,
			lastContactAt: now,
			ownerUserId: row.ownerUserId ?? actorUserId(actor),
			...(data.outcome === 'take_on' ? { startedAt: now, plannedEndAt: plannedEnd(now, months) } : {}),
			...(data.outcome === 'refer' ? { referredTo: data.referredTo } : {}),
			...(data.outcome !== 'take_on' ? { exitedAt: now } : {})
		};
		const updated = await moveEngagement(tx, actor, row, data.outcome, data.reason || data.outcome, now, extra);

		const person = (await peopleByIds(tx, [row.personId])).get(row.personId)!;
		const [initiative] = await tx.select().from(initiatives).where(eq(initiatives.id, row.initiativeId));
		const to = personLocale(person.locale);
		if (person.email) {
			const params = {
				name: person.displayName,
				title: initiative.title,
				reason: data.reason,
				referredTo: data.referredTo,
				end: updated.plannedEndAt ? updated.plannedEndAt.toISOString().slice(0, 10) : ''
			};
			await enqueueEmail(tx, {
				to: person.email,
				kind: `intake.outcome.${data.outcome}`,
				subject: translate(to, `intake.outcomeSubject_${data.outcome}`, params),
				text: translate(to, `intake.outcomeBody_${data.outcome}`, params)
			});
		}
		await addTimeline(tx, actor, {
			personId: row.personId,
			kind: 'intake.done',
			summaryKey: 'intake.tlIntakeDone',
			params: { outcome: data.outcome },
			link: `/cases/${row.id}`,
			at: now,
			public: true
		});
		await recordAudit(tx, actor, {
			action: 'intake.record',
			subjectType: 'engagement',
			subjectId: row.id,
			before: { state: row.state },
			after: { state: updated.state, answers: data.answers, needs: data.needs, offers: offers.map((o) => o.key), outcome: data.outcome }
		});
		return { state: updated.state, version: updated.version };
	});
}
