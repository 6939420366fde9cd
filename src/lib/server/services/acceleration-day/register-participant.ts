/**
 * Staff register (or invite) anyone for a day: the person is found by e-mail or created,
 * gets a personal link, a table when they are a case, and — unless staff say not to —
 * an e-mail with the link in their own language. With a `registration` they are
 * registered at once; otherwise they fill it in through the link.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adParticipants } from '../../db/schema/acceleration-day.ts';
import { people } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { RegisterParticipantSchema, type RegisterParticipantInput } from '../../../schemas/acceleration-day.ts';
import { loadDay, newToken, personalLink, type DayRow } from './day-records.ts';
import { registrationValues } from './registration-values.ts';

export async function registerParticipant(
	db: Db,
	actor: Actor,
	input: RegisterParticipantInput & { dayId: string },
	locale: Locale = 'nl'
): Promise<{ id: string; status: 'invited' | 'registered'; link: string }> {
	authorize(actor, 'accelerationDay.manage');
	const data = parseInput(RegisterParticipantSchema, input, locale);
	if (data.registration && data.registration.side !== data.side) {
		throw new AppError('validation_failed', translate(locale, 'common.formHasErrors'), {
			fields: { side: [translate(locale, 'accelerationDay.sideMismatch')] }
		});
	}
	return db.transaction(async (tx) => {
		const day = await loadDay(tx, input.dayId, locale, true);
		const personId = await findOrCreatePerson(tx, data.name, data.email, data.language, data.side);
		const [existing] = await tx
			.select({ id: adParticipants.id })
			.from(adParticipants)
			.where(and(eq(adParticipants.dayId, day.id), eq(adParticipants.personId, personId)));
		if (existing) {
			throw new AppError('conflict', translate(locale, 'accelerationDay.alreadyRegistered'), {
				fields: { email: [translate(locale, 'accelerationDay.alreadyRegistered')] }
			});
		}
		const token = newToken();
		const status = data.registration ? 'registered' : 'invited';
		const [row] = await tx
			.insert(adParticipants)
			.values({
				dayId: day.id,
				personId,
				side: data.side,
				token,
				status,
				tableName: data.side === 'innovator' ? await nextTable(tx, day) : null,
				registeredAt: data.registration ? new Date() : null,
				...(data.registration ? registrationValues(data.registration) : {})
			})
			.returning();
		await recordAudit(tx, actor, {
			action: 'accelerationDay.register',
			subjectType: 'ad_participant',
			subjectId: row.id,
			after: { ...row, token: undefined }
		});
		const link = personalLink(token);
		if (data.sendLink) {
			const l = data.language;
			await enqueueEmail(tx, {
				to: data.email,
				kind: 'accelerationDay.invitation',
				subject: translate(l, 'accelerationDay.inviteSubject', { title: day.title }),
				text: translate(l, data.registration ? 'accelerationDay.registeredBody' : 'accelerationDay.inviteBody', {
					name: data.name,
					title: day.title,
					date: day.date,
					venue: day.venue,
					url: link
				})
			});
		}
		return { id: row.id, status, link };
	});
}

async function findOrCreatePerson(tx: Db, name: string, email: string, locale: Locale, side: string): Promise<string> {
	const [existing] = await tx.select().from(people).where(eq(people.email, email)).for('update');
	if (existing) {
		if (!existing.roles.includes(side)) {
			await tx
				.update(people)
				.set({ roles: [...existing.roles, side], version: existing.version + 1, updatedAt: new Date() })
				.where(eq(people.id, existing.id));
		}
		return existing.id;
	}
	const [first, ...rest] = name.trim().split(/\s+/);
	const [row] = await tx
		.insert(people)
		.values({ displayName: name.trim(), firstName: first ?? '', lastName: rest.join(' '), email, locale, roles: [side] })
		.returning({ id: people.id });
	return row.id;
}

/** The first table name of the day not taken yet, else the next free number. The day row is locked. */
async function nextTable(tx: Db, day: DayRow): Promise<string> {
	const taken = new Set(
		(
			await tx
				.select({ table: adParticipants.tableName })
				.from(adParticipants)
				.where(eq(adParticipants.dayId, day.id))
		).map((r) => r.table)
	);
	const named = day.tableNames.find((name) => !taken.has(name));
	if (named) return named;
	for (let n = 1; ; n++) if (!taken.has(String(n))) return String(n);
}
