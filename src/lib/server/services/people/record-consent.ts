import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { consents, people } from '../../db/schema/people.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { ConsentInputSchema } from '../../../schemas/people.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { addTimelineEvent, assertPersonId } from './person-links.ts';

/**
 * Records a consent answer (granted or withdrawn) with its date and source; the latest
 * answer per purpose counts. Staff record for anyone; a person for themself.
 */
export async function recordConsent(db: Db, actor: Actor, personId: string, input: z.input<typeof ConsentInputSchema> | Record<string, unknown>, locale: Locale = 'nl') {
	assertPersonId(personId);
	const data = parseInput(ConsentInputSchema, input, locale);
	return db.transaction(async (tx) => {
		const [person] = await tx.select({ id: people.id, userId: people.userId, erasedAt: people.erasedAt, mergedIntoId: people.mergedIntoId }).from(people).where(eq(people.id, personId));
		if (!person) throw notFound('Person');
		authorize(actor, 'people.consent', { ownerUserIds: person.userId ? [person.userId] : [] });
		if (person.erasedAt || person.mergedIntoId) throw new AppError('invalid_state', translate(locale, 'people.notEditable'));
		const [row] = await tx
			.insert(consents)
			.values({ personId, purpose: data.purpose, granted: data.granted ? 'yes' : 'no', source: data.source, recordedBy: actorUserId(actor), ...(data.givenOn ? { recordedAt: data.givenOn } : {}) })
			.returning();
		await addTimelineEvent(tx, actor, {
			personId,
			kind: 'person.consent',
			summaryKey: 'people.timelineConsent',
			params: { purpose: data.purpose, answer: data.granted ? 'yes' : 'no' },
			public: true
		});
		await recordAudit(tx, actor, { action: 'person.consent', subjectType: 'person', subjectId: personId, after: { purpose: data.purpose, granted: data.granted, source: data.source, givenOn: data.givenOn ?? null } });
		return { id: row.id, purpose: row.purpose, granted: data.granted, source: row.source, recordedAt: row.recordedAt };
	});
}
