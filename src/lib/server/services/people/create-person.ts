import type { Db } from '../../db/client.ts';
import { consents, people } from '../../db/schema/people.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { CreatePersonSchema, type CreatePersonInput } from '../../../schemas/people.ts';
import { splitName } from '../../../domain/people/names.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { isUniqueViolation } from './pg-errors.ts';
import {
	addTimelineEvent,
	assertEmailsFree,
	personRecord,
	refreshSearchText,
	replaceOrganisations,
	replaceTerms,
	resolveTermRefs
} from './person-links.ts';

/**
 * Creates a person in the shared directory. The e-mail (and every other address) must be
 * free in any letter case: else 409 duplicate_email with `details.existingId`. `name` is the
 * display name and is split into first/last name unless those are given.
 */
export async function createPerson(db: Db, actor: Actor, input: CreatePersonInput, locale: Locale = 'nl') {
	authorize(actor, 'people.create');
	const data = parseInput(CreatePersonSchema, input, locale);
	const split = splitName(data.name);
	try {
		return await db.transaction(async (tx) => {
			const emails = [data.email, ...data.otherEmails].filter((e): e is string => !!e);
			await assertEmailsFree(tx, emails, null, locale);
			const [row] = await tx
				.insert(people)
				.values({
					displayName: data.name,
					firstName: data.firstName ?? split.firstName,
					lastName: data.lastName ?? split.lastName,
					email: data.email ?? null,
					otherEmails: data.otherEmails.filter((e) => e !== data.email),
					phone: data.phone,
					locale: data.locale,
					municipality: data.municipality,
					region: data.region ?? null,
					bio: data.bio,
					links: data.links,
					photo: data.photo ?? null,
					roles: [...new Set(data.roles)],
					chancegiverRoles: [...new Set(data.chancegiverRoles)],
					tags: [...new Set(data.tags)],
					staffNotes: data.staffNotes
				})
				.returning();
			await replaceTerms(tx, row.id, 'theme', await resolveTermRefs(tx, 'theme', data.themes, 'themes', locale));
			await replaceTerms(tx, row.id, 'offer', await resolveTermRefs(tx, 'category', data.offers, 'offers', locale));
			await replaceTerms(tx, row.id, 'need', await resolveTermRefs(tx, 'category', data.needs, 'needs', locale));
			await replaceOrganisations(tx, row.id, data.organisations, locale);
			if (data.consents.length) {
				await tx.insert(consents).values(
					data.consents.map((c) => ({
						personId: row.id,
						purpose: c.purpose,
						granted: c.granted ? 'yes' : 'no',
						source: c.source,
						recordedBy: actorUserId(actor)
					}))
				);
			}
			await refreshSearchText(tx, [row.id]);
			await addTimelineEvent(tx, actor, { personId: row.id, kind: 'person.created', summaryKey: 'people.timelineCreated' });
			const after = personRecord(row);
			await recordAudit(tx, actor, { action: 'person.create', subjectType: 'person', subjectId: row.id, after: { ...after, themes: data.themes, offers: data.offers, needs: data.needs, organisations: data.organisations } });
			return after;
		});
	} catch (error) {
		// Two requests with the same address at once: the unique index refuses the second.
		if (isUniqueViolation(error)) {
			throw new AppError('duplicate_email', translate(locale, 'people.emailTaken'), {
				fields: { email: [translate(locale, 'people.emailTaken')] }
			});
		}
		throw error;
	}
}
