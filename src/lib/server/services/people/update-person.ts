import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { UpdatePersonSchema, type UpdatePersonInput } from '../../../schemas/people.ts';
import { splitName } from '../../../domain/people/names.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { isUniqueViolation } from './pg-errors.ts';
import {
	addTimelineEvent,
	assertEmailsFree,
	assertPersonId,
	personRecord,
	refreshSearchText,
	replaceOrganisations,
	replaceTerms,
	resolveTermRefs
} from './person-links.ts';

function versionConflict(locale: Locale, current: number) {
	return new AppError('version_conflict', translate(locale, 'people.versionConflict'), { currentVersion: current });
}

/**
 * Changes the fields sent, only if the record is still at `version` (what the editor saw):
 * `update … where version = $expected`; otherwise 409 version_conflict, nothing written.
 * Merged and erased records are not edited.
 */
export async function updatePerson(db: Db, actor: Actor, id: string, input: UpdatePersonInput, locale: Locale = 'nl') {
	authorize(actor, 'people.update');
	assertPersonId(id);
	const data = parseInput(UpdatePersonSchema, input, locale);
	try {
		return await db.transaction(async (tx) => {
			const [before] = await tx.select().from(people).where(eq(people.id, id));
			if (!before) throw notFound('Person');
			if (before.mergedIntoId || before.erasedAt) throw new AppError('invalid_state', translate(locale, 'people.notEditable'));
			if (before.version !== data.version) throw versionConflict(locale, before.version);
			const emails = [data.email ?? before.email, ...(data.otherEmails ?? [])].filter((e): e is string => !!e);
			if (data.email !== undefined || data.otherEmails !== undefined) await assertEmailsFree(tx, emails, id, locale);
			const set: Partial<typeof people.$inferInsert> = {};
			if (data.name !== undefined) {
				const split = splitName(data.name);
				set.displayName = data.name;
				set.firstName = data.firstName ?? split.firstName;
				set.lastName = data.lastName ?? split.lastName;
			} else {
				if (data.firstName !== undefined) set.firstName = data.firstName;
				if (data.lastName !== undefined) set.lastName = data.lastName;
			}
			const simple = ['email', 'phone', 'locale', 'municipality', 'region', 'bio', 'links', 'photo', 'staffNotes'] as const;
			for (const key of simple) if (data[key] !== undefined) (set as Record<string, unknown>)[key] = data[key];
			if (data.otherEmails !== undefined) set.otherEmails = [...new Set(data.otherEmails)].filter((e) => e !== (data.email ?? before.email));
			if (data.roles !== undefined) set.roles = [...new Set(data.roles)];
			if (data.chancegiverRoles !== undefined) set.chancegiverRoles = [...new Set(data.chancegiverRoles)];
			if (data.tags !== undefined) set.tags = [...new Set(data.tags)];
			const [after] = await tx
				.update(people)
				.set({ ...set, version: before.version + 1, updatedAt: new Date() })
				.where(and(eq(people.id, id), eq(people.version, data.version)))
				.returning();
			// Someone saved between our read and our write.
			if (!after) throw versionConflict(locale, data.version + 1);
			if (data.themes) await replaceTerms(tx, id, 'theme', await resolveTermRefs(tx, 'theme', data.themes, 'themes', locale));
			if (data.offers) await replaceTerms(tx, id, 'offer', await resolveTermRefs(tx, 'category', data.offers, 'offers', locale));
			if (data.needs) await replaceTerms(tx, id, 'need', await resolveTermRefs(tx, 'category', data.needs, 'needs', locale));
			if (data.organisations) await replaceOrganisations(tx, id, data.organisations, locale);
			await refreshSearchText(tx, [id]);
			await addTimelineEvent(tx, actor, { personId: id, kind: 'person.updated', summaryKey: 'people.timelineUpdated' });
			const changedBefore: Record<string, unknown> = {};
			const changedAfter: Record<string, unknown> = {};
			for (const key of Object.keys(set) as (keyof typeof before)[]) {
				changedBefore[key] = before[key];
				changedAfter[key] = after[key];
			}
			for (const key of ['themes', 'offers', 'needs', 'organisations'] as const) if (data[key]) changedAfter[key] = data[key];
			await recordAudit(tx, actor, { action: 'person.update', subjectType: 'person', subjectId: id, before: changedBefore, after: changedAfter });
			return personRecord(after);
		});
	} catch (error) {
		if (isUniqueViolation(error)) {
			throw new AppError('duplicate_email', translate(locale, 'people.emailTaken'), { fields: { email: [translate(locale, 'people.emailTaken')] } });
		}
		throw error;
	}
}
