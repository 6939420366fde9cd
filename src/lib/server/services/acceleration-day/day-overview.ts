/** Read models for staff pages: the list of days, and one day with its blocks and participants. */
import { desc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adDays, adParticipants } from '../../db/schema/acceleration-day.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import type { Locale } from '../../../i18n/core.ts';
import { findVersion, loadBlocks, loadDay, loadParticipants, personalLink } from './day-records.ts';

export async function listAccelerationDays(db: Db, actor: Actor) {
	authorize(actor, 'accelerationDay.read');
	const counts = db
		.select({
			dayId: adParticipants.dayId,
			innovators: sql<number>`count(*) filter (where ${adParticipants.side} = 'innovator' and ${adParticipants.status} = 'registered')`.as('innovators'),
			chancegivers: sql<number>`count(*) filter (where ${adParticipants.side} = 'chancegiver' and ${adParticipants.status} = 'registered')`.as('chancegivers')
		})
		.from(adParticipants)
		.groupBy(adParticipants.dayId)
		.as('counts');
	const rows = await db
		.select({ day: adDays, innovators: counts.innovators, chancegivers: counts.chancegivers })
		.from(adDays)
		.leftJoin(counts, sql`${counts.dayId} = ${adDays.id}`)
		.orderBy(desc(adDays.date));
	return rows.map((r) => ({ ...r.day, innovators: Number(r.innovators ?? 0), chancegivers: Number(r.chancegivers ?? 0) }));
}

export async function getDayOverview(db: Db, actor: Actor, dayId: string, locale: Locale = 'nl') {
	authorize(actor, 'accelerationDay.read');
	const day = await loadDay(db, dayId, locale);
	const [blocks, participants, draft, published] = await Promise.all([
		loadBlocks(db, dayId),
		loadParticipants(db, dayId),
		findVersion(db, dayId, 'draft'),
		findVersion(db, dayId, 'published')
	]);
	return {
		day,
		blocks,
		draft: draft ? { id: draft.id, number: draft.number } : null,
		published: published ? { id: published.id, number: published.number, publishedAt: published.publishedAt } : null,
		participants: participants.map((p) => ({
			id: p.id,
			name: p.name,
			email: p.email,
			side: p.side,
			status: p.status,
			role: p.role,
			tableName: p.tableName,
			checkedInAt: p.checkedInAt,
			noShowAt: p.noShowAt,
			link: personalLink(p.token)
		}))
	};
}
