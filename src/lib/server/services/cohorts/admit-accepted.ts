/**
 * From selection to cohort (decision 076): staff put the accepted applicants of a call into
 * a cohort of the call's programme — an existing one or a new one — in one transaction.
 * Idempotent: a second run adds nobody twice and reports who already was a member. Every
 * accepted applicant is either added or reported as already a member; nobody is skipped.
 */
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cohorts } from '../../db/schema/cohorts.ts';
import { programmeApplications, programmeCalls, programmes } from '../../db/schema/programmes.ts';
import { people } from '../../db/schema/people.ts';
import { users } from '../../db/schema/core.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createPerson } from '../people/create-person.ts';
import { AdmitAcceptedSchema } from '../../../schemas/cohorts.ts';
import { translate } from '../../../i18n/index.ts';
import { isLocale, type Locale } from '../../../i18n/core.ts';
import { cohortById, isUuid, toCohort, type CohortRow } from './cohort-records.ts';
import { joinCohort, liveEngagementOf } from './join-cohort.ts';

type PersonRow = typeof people.$inferSelect;

/** Follows merges to the surviving record (a merge chain is short; stop after a few). */
async function surviving(tx: Db, id: string | null): Promise<PersonRow | undefined> {
	let current = id;
	for (let hop = 0; current && hop < 5; hop++) {
		const [row] = await tx.select().from(people).where(eq(people.id, current));
		if (!row || row.erasedAt) return undefined;
		if (!row.mergedIntoId) return row;
		current = row.mergedIntoId;
	}
	return undefined;
}

/**
 * The directory person of an applicant: the one the application names, else the one of
 * their account, else an unlinked one with the account's e-mail (then linked), else a new
 * record made from the account (name, e-mail, language; role innovator).
 */
async function personOfApplicant(
	tx: Db,
	actor: Actor,
	app: { personId: string | null; applicantUserId: string },
	locale: Locale
): Promise<{ person: PersonRow; created: boolean }> {
	const named = await surviving(tx, app.personId);
	if (named) return { person: named, created: false };
	const [byAccount] = await tx.select({ id: people.id }).from(people).where(eq(people.userId, app.applicantUserId)).limit(1);
	const ofAccount = byAccount ? await surviving(tx, byAccount.id) : undefined;
	if (ofAccount) return { person: ofAccount, created: false };
	const [user] = await tx.select().from(users).where(eq(users.id, app.applicantUserId));
	const email = user.email.trim().toLowerCase();
	const [byEmail] = await tx
		.select()
		.from(people)
		.where(
			and(
				isNull(people.mergedIntoId),
				isNull(people.erasedAt),
				isNull(people.userId),
				or(eq(people.email, email), sql`${email} = any(${people.otherEmails})`)
			)
		)
		.orderBy(asc(people.createdAt))
		.limit(1);
	if (byEmail) {
		if (!byAccount) {
			await tx.update(people).set({ userId: user.id }).where(eq(people.id, byEmail.id));
			await recordAudit(tx, actor, { action: 'cohort.link_person', subjectType: 'person', subjectId: byEmail.id, after: { userId: user.id } });
		}
		return { person: { ...byEmail, userId: byAccount ? null : user.id }, created: false };
	}
	const made = await createPerson(
		tx,
		actor,
		{ name: user.name, email, locale: isLocale(user.locale) ? user.locale : 'nl', roles: ['innovator'] },
		locale
	);
	// The account is linked unless an erased record still holds it (one account, one record).
	if (!byAccount) await tx.update(people).set({ userId: user.id }).where(eq(people.id, made.id));
	const [row] = await tx.select().from(people).where(eq(people.id, made.id));
	return { person: row, created: true };
}

export interface AdmitResult {
	cohortId: string;
	createdCohort: boolean;
	added: { applicationId: string; personId: string; displayName: string; memberId: string; engagementId: string | null; createdPerson: boolean }[];
	alreadyMembers: { applicationId: string; personId: string; displayName: string; memberId: string }[];
}

export async function admitAccepted(db: Db, actor: Actor, callId: string, input: unknown, locale: Locale = 'nl'): Promise<AdmitResult> {
	authorize(actor, 'cohorts.manage');
	const data = parseInput(AdmitAcceptedSchema, input, locale);
	const fieldError = (field: string, key: string, params?: Record<string, string>) => {
		const message = translate(locale, key, params);
		return new AppError('validation_failed', message, { fields: { [field]: [message] } });
	};
	return db.transaction(async (tx) => {
		const [found] = isUuid(callId)
			? await tx
					.select({ call: programmeCalls, programme: programmes })
					.from(programmeCalls)
					.innerJoin(programmes, eq(programmes.id, programmeCalls.programmeId))
					.where(eq(programmeCalls.id, callId))
			: [];
		if (!found) throw new AppError('not_found', translate(locale, 'cohorts.callNotFound'));
		let cohort: CohortRow;
		let createdCohort = false;
		if (data.cohortId) {
			cohort = await cohortById(tx, data.cohortId, locale);
			if (cohort.programmeId !== found.programme.id) {
				throw fieldError('cohortId', 'cohorts.cohortOtherProgramme', { name: cohort.name, programme: found.programme.name });
			}
		} else {
			[cohort] = await tx
				.insert(cohorts)
				.values({
					name: data.name!,
					kind: data.kind ?? found.programme.kind,
					year: data.year!,
					theme: data.theme,
					programmeId: found.programme.id,
					requiredSessions: data.requiredSessions ?? null,
					createdBy: actorUserId(actor)
				})
				.returning();
			createdCohort = true;
			await recordAudit(tx, actor, { action: 'cohort.create', subjectType: 'cohort', subjectId: cohort.id, after: { ...toCohort(cohort), fromCall: found.call.id } });
		}
		const accepted = await tx
			.select()
			.from(programmeApplications)
			.where(and(eq(programmeApplications.callId, found.call.id), eq(programmeApplications.status, 'accepted')))
			.orderBy(asc(programmeApplications.submittedAt), asc(programmeApplications.id));
		if (accepted.length === 0) throw new AppError('invalid_state', translate(locale, 'cohorts.noAccepted', { title: found.call.title }));
		const result: AdmitResult = { cohortId: cohort.id, createdCohort, added: [], alreadyMembers: [] };
		for (const app of accepted) {
			const { person, created } = await personOfApplicant(tx, actor, app, locale);
			if (app.personId !== person.id) {
				await tx.update(programmeApplications).set({ personId: person.id }).where(eq(programmeApplications.id, app.id));
			}
			const engagementId = await liveEngagementOf(tx, person.id);
			const { member, inserted } = await joinCohort(tx, actor, cohort, person.id, engagementId, { applicationId: app.id });
			const row = { applicationId: app.id, personId: person.id, displayName: person.displayName, memberId: member.id };
			if (inserted) result.added.push({ ...row, engagementId, createdPerson: created });
			else result.alreadyMembers.push(row);
		}
		await recordAudit(tx, actor, {
			action: 'cohort.admit_accepted',
			subjectType: 'cohort',
			subjectId: cohort.id,
			after: { callId: found.call.id, added: result.added.map((a) => a.personId), alreadyMembers: result.alreadyMembers.map((a) => a.personId) }
		});
		return result;
	});
}

/** Calls with accepted applicants, for the forms: per call its programme and counts. */
export async function callsWithAccepted(db: Db, actor: Actor) {
	authorize(actor, 'cohorts.read');
	const rows = await db
		.select({
			id: programmeCalls.id,
			title: programmeCalls.title,
			programmeId: programmes.id,
			programmeName: programmes.name,
			programmeKind: programmes.kind,
			accepted: sql<number>`(select count(*)::int from programme_applications a where a.call_id = ${programmeCalls.id} and a.status = 'accepted')`
		})
		.from(programmeCalls)
		.innerJoin(programmes, eq(programmes.id, programmeCalls.programmeId))
		.orderBy(asc(programmes.name), asc(programmeCalls.opensAt));
	return rows.filter((r) => Number(r.accepted) > 0).map((r) => ({ ...r, accepted: Number(r.accepted) }));
}

/** Programmes for the cohort forms' choice (id and name). */
export async function programmeChoices(db: Db, actor: Actor) {
	authorize(actor, 'cohorts.read');
	return db.select({ id: programmes.id, name: programmes.name }).from(programmes).orderBy(asc(programmes.name));
}
