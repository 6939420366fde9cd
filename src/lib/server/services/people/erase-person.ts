/**
 * Erasure on request (GDPR art. 17, decision 041): the person row stays — so counts,
 * ledgers, sessions and reports that refer to it stay intact — but everything that
 * identifies them is wiped: names, e-mails, phone, municipality, bio, links, photo, tags,
 * staff notes, free-text notes on terms and functions, timeline parameters, the before/after
 * of audit entries about them; their account (if any) is anonymised and disabled.
 * Region, roles, themes and organisation links stay (they are counted in reports).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog, sessions, users } from '../../db/schema/core.ts';
import { consents, people, personOrganisations, personTerms, timelineEvents } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, notFound } from '../../errors.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { erasedPersonFields } from '../../../domain/people/erasure.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { addTimelineEvent, assertPersonId, refreshSearchText } from './person-links.ts';

export async function erasePerson(db: Db, actor: Actor, id: string, locale: Locale = 'nl') {
	authorize(actor, 'people.erase');
	assertPersonId(id);
	return db.transaction(async (tx) => {
		const [person] = await tx.select().from(people).where(eq(people.id, id)).for('update');
		if (!person) throw notFound('Person');
		if (person.erasedAt) return { id, erasedAt: person.erasedAt.toISOString() };
		if (person.mergedIntoId) throw new AppError('invalid_state', translate(locale, 'people.notEditable'));
		const now = new Date();
		// Scrub what earlier audit entries recorded about them; the entries (who did what, when) stay.
		await tx
			.update(auditLog)
			.set({ before: sql`case when ${auditLog.before} is null then null else '{"erased":true}'::jsonb end`, after: sql`case when ${auditLog.after} is null then null else '{"erased":true}'::jsonb end` })
			.where(and(eq(auditLog.subjectType, 'person'), eq(auditLog.subjectId, id)));
		await tx.update(people).set({ ...erasedPersonFields(id), erasedAt: now, version: person.version + 1, updatedAt: now }).where(eq(people.id, id));
		await tx.update(personTerms).set({ note: null }).where(eq(personTerms.personId, id));
		await tx.update(personOrganisations).set({ function: null }).where(eq(personOrganisations.personId, id));
		await tx.update(consents).set({ details: null }).where(eq(consents.personId, id));
		await tx.update(timelineEvents).set({ params: null }).where(eq(timelineEvents.personId, id));
		if (person.userId) {
			await tx
				.update(users)
				.set({ email: `erased-${person.userId}@invalid.invalid`, name: '—', passwordHash: null, disabledAt: now })
				.where(eq(users.id, person.userId));
			await tx.delete(sessions).where(eq(sessions.userId, person.userId));
		}
		await refreshSearchText(tx, [id]);
		await addTimelineEvent(tx, actor, { personId: id, kind: 'person.erased', summaryKey: 'people.timelineErased' });
		await recordAudit(tx, actor, {
			action: 'person.erase',
			subjectType: 'person',
			subjectId: id,
			after: { erasedAt: now, accountDisabled: person.userId !== null }
		});
		return { id, erasedAt: now.toISOString() };
	});
}
