/**
 * A support request, from the public form, its API twin, or a staff member entering one:
 * the person (found by e-mail or created), the initiative, an engagement in state
 * `requested`, its needs, a timeline entry, an audit row and a confirmation e-mail in
 * the person's language — all in one transaction.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { engagements, engagementTransitions, initiativePeople, initiatives, needs } from '../../db/schema/intake.ts';
import { actorLabel, actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize, isStaff } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { hitRateLimit } from '../security/rate-limit.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { SupportRequestSchema, type SupportRequestInput } from '../../../schemas/intake.ts';
import { addPersonTerms, addTimeline, findOrCreatePerson, resolveTerms } from './intake-records.ts';

/** Anonymous requests per client (IP) per hour: plenty for a person, little for a bot. */
export const PUBLIC_REQUEST_LIMIT = { count: 5, windowSeconds: 3600 };

export interface SubmitOptions {
	/** Who sends it, for the rate limit of anonymous requests (the client IP). */
	clientKey?: string;
	/** The form's hidden field: bots fill it, people never see it. */
	honeypot?: string;
	now?: Date;
}

export async function submitSupportRequest(
	db: Db,
	actor: Actor,
	input: SupportRequestInput,
	locale: Locale = 'nl',
	options: SubmitOptions = {}
): Promise<{ id: string }> {
	// Anyone may ask for support, without an account; staff enter requests for others, and
	// only anonymous (or non-staff) senders are rate limited, so staff imports are not.
	const staff = isStaff(actor);
	const source = actor.kind === 'user' && actor.via === 'token' ? 'api' : staff ? 'staff' : 'public';
	if (staff && actor.kind === 'user') authorize(actor, 'intake.create');
	if (!staff) {
		const verdict = await hitRateLimit(
			db,
			`support-request:${options.clientKey ?? 'unknown'}`,
			PUBLIC_REQUEST_LIMIT.count,
			PUBLIC_REQUEST_LIMIT.windowSeconds
		);
		if (!verdict.allowed) {
			throw new AppError('rate_limited', translate(locale, 'intake.tooMany'), {
				retryAfterSeconds: verdict.retryAfterSeconds
			});
		}
	}
	const data = parseInput(SupportRequestSchema, input, locale);
	// A filled honeypot gets the same answer as a person, but nothing is stored or sent.
	if (options.honeypot) return { id: crypto.randomUUID() };
	const now = options.now ?? new Date();

	return db.transaction(async (tx) => {
		const person = await findOrCreatePerson(tx, {
			name: data.name,
			email: data.email,
			locale: data.language,
			phone: data.phone
		});
		const themes = await resolveTerms(tx, 'theme', data.initiative.themes);
		const categories = await resolveTerms(
			tx,
			'category',
			data.needs.map((n) => n.category)
		);
		const [initiative] = await tx
			.insert(initiatives)
			.values({
				title: data.initiative.title,
				societalNeed: data.initiative.societalNeed,
				targetGroup: data.initiative.targetGroup,
				themes: themes.map((t) => t.key),
				stage: data.initiative.stage,
				organisationName: data.initiative.organisation || null
			})
			.returning();
		await tx.insert(initiativePeople).values({ initiativeId: initiative.id, personId: person.id });
		const [engagement] = await tx
			.insert(engagements)
			.values({
				personId: person.id,
				initiativeId: initiative.id,
				state: 'requested',
				source,
				requestMessage: data.message || null,
				requestedAt: now
			})
			.returning();
		await tx.insert(engagementTransitions).values({
			engagementId: engagement.id,
			fromState: null,
			toState: 'requested',
			reason: source,
			actorId: actorUserId(actor),
			actorLabel: actorLabel(actor),
			at: now
		});
		if (data.needs.length) {
			await tx.insert(needs).values(
				data.needs.map((need, i) => ({
					engagementId: engagement.id,
					personId: person.id,
					category: categories[i].key,
					termId: categories[i].termId,
					text: need.text,
					openedAt: now
				}))
			);
		}
		await addPersonTerms(tx, person.id, 'theme', themes);
		await addPersonTerms(tx, person.id, 'need', categories);
		await addTimeline(tx, actor, {
			personId: person.id,
			kind: 'intake.requested',
			summaryKey: 'intake.tlRequested',
			params: { title: initiative.title },
			link: `/cases/${engagement.id}`,
			at: now,
			public: true
		});
		await recordAudit(tx, actor, {
			action: 'intake.request',
			subjectType: 'engagement',
			subjectId: engagement.id,
			after: { person: person.id, personCreated: person.created, initiative: initiative.id, source, needs: data.needs.length }
		});
		const to = data.language;
		await enqueueEmail(tx, {
			to: data.email.toLowerCase(),
			kind: 'intake.confirmation',
			subject: translate(to, 'intake.confirmSubject', { title: initiative.title }),
			text: translate(to, 'intake.confirmBody', { name: data.name, title: initiative.title })
		});
		return { id: engagement.id };
	});
}

/** The engagement's person id (for tests and links). */
export async function engagementPerson(db: Db, id: string): Promise<string | undefined> {
	const [row] = await db.select({ personId: engagements.personId }).from(engagements).where(eq(engagements.id, id));
	return row?.personId;
}
