/** What the printables show: table signs, a poster per round and a list per table, from the published timetable (else the draft). */
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import type { Locale } from '../../../i18n/core.ts';
import { findVersion, loadBlocks, loadDay, loadMeetings, loadParticipants } from './day-records.ts';

export async function printables(db: Db, actor: Actor, dayId: string, locale: Locale = 'nl') {
	authorize(actor, 'accelerationDay.read');
	const day = await loadDay(db, dayId, locale);
	const version = (await findVersion(db, dayId, 'published')) ?? (await findVersion(db, dayId, 'draft'));
	const [blocks, participants, meetings] = await Promise.all([
		loadBlocks(db, dayId),
		loadParticipants(db, dayId),
		version ? loadMeetings(db, version.id) : Promise.resolve([])
	]);
	const byId = new Map(participants.map((p) => [p.id, p]));
	const tables = participants
		.filter((p) => p.side === 'innovator' && p.status === 'registered')
		.map((p) => ({ id: p.id, table: p.tableName ?? '', name: p.name, question: p.question }));
	const slots = blocks.filter((b) => b.kind === 'meeting').map((b) => ({ number: b.slotNumber ?? 0, startsAt: b.startsAt, endsAt: b.endsAt }));
	const at = (innovator: string, slot: number) =>
		meetings
			.filter((m) => m.innovator === innovator && m.slot === slot)
			.map((m) => {
				const p = byId.get(m.chancegiver);
				return { name: p?.name ?? '', role: p?.role ?? null };
			});
	return {
		day: { id: day.id, title: day.title, date: day.date, venue: day.venue },
		version: version ? { number: version.number, status: version.status } : null,
		tables,
		slots,
		posters: slots.map((s) => ({ ...s, rows: tables.map((t) => ({ table: t.table, name: t.name, with: at(t.id, s.number) })) })),
		lists: tables.map((t) => ({ ...t, rows: slots.map((s) => ({ ...s, with: at(t.id, s.number) })) }))
	};
}
