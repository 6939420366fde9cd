/**
 * Likely duplicates: the same e-mail (one record's address is another's other address, in
 * any case), the same name, or a similar name (trigram similarity ≥ 0.5) at the same
 * organisation. Merged and erased records are left out.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { assertPersonId } from './person-links.ts';

export type DuplicateReason = 'email' | 'name_org' | 'name';

export interface DuplicatePair {
	a: { id: string; displayName: string; email: string | null };
	b: { id: string; displayName: string; email: string | null };
	reason: DuplicateReason;
	similarity: number;
}

const active = (alias: string) => sql.raw(`${alias}.merged_into_id is null and ${alias}.erased_at is null`);

/** All likely duplicate pairs (at most `limit`), strongest first. */
export async function listDuplicates(db: Db, actor: Actor, limit = 200): Promise<DuplicatePair[]> {
	authorize(actor, 'people.search');
	const rows = rowsOf<{ aId: string; aName: string; aEmail: string | null; bId: string; bName: string; bEmail: string | null; reason: DuplicateReason; sim: number }>(
		await db.execute(sql`
			with pairs as (
				select least(a.id, b.id) as x, greatest(a.id, b.id) as y, 'email' as reason, 1.0::real as sim
				from people a join people b on a.id <> b.id and a.email is not null
					and exists (select 1 from unnest(b.other_emails) e where lower(e) = lower(a.email))
				where ${active('a')} and ${active('b')}
				union all
				select least(a.id, b.id), greatest(a.id, b.id), 'name', 1.0::real
				from people a join people b on a.id < b.id and lower(a.display_name) = lower(b.display_name)
				where ${active('a')} and ${active('b')} and a.display_name <> ''
				union all
				select pa.person_id, pb.person_id, 'name_org', similarity(a.display_name, b.display_name)
				from person_organisations pa
				join person_organisations pb on pb.organisation_id = pa.organisation_id and pa.person_id < pb.person_id
				join people a on a.id = pa.person_id join people b on b.id = pb.person_id
				where ${active('a')} and ${active('b')} and similarity(a.display_name, b.display_name) >= 0.5
			),
			best as (select distinct on (x, y) x, y, reason, sim from pairs order by x, y, sim desc, reason)
			select a.id as "aId", a.display_name as "aName", a.email as "aEmail", b.id as "bId", b.display_name as "bName", b.email as "bEmail", best.reason, best.sim
			from best join people a on a.id = best.x join people b on b.id = best.y
			order by best.sim desc, a.display_name
			limit ${limit}`)
	);
	return rows.map((r) => ({
		a: { id: r.aId, displayName: r.aName, email: r.aEmail },
		b: { id: r.bId, displayName: r.bName, email: r.bEmail },
		reason: r.reason,
		similarity: Number(r.sim)
	}));
}

/** Likely duplicates of one person (for the person page). */
export async function duplicatesOf(db: Db, actor: Actor, personId: string) {
	authorize(actor, 'people.search');
	assertPersonId(personId);
	return rowsOf<{ id: string; displayName: string; reason: DuplicateReason }>(
		await db.execute(sql`
			with me as (select * from people where id = ${personId})
			select distinct on (p.id) p.id, p.display_name as "displayName", r.reason from (
				select b.id, 'email' as reason, 0 as prio from me join people b on b.id <> me.id
					where (me.email is not null and exists (select 1 from unnest(b.other_emails) e where lower(e) = lower(me.email)))
						or (b.email is not null and exists (select 1 from unnest(me.other_emails) e where lower(e) = lower(b.email)))
				union all
				select pb.person_id, 'name_org', 1 from me join person_organisations pa on pa.person_id = me.id
					join person_organisations pb on pb.organisation_id = pa.organisation_id and pb.person_id <> me.id
					join people b on b.id = pb.person_id where similarity(me.display_name, b.display_name) >= 0.5
				union all
				select b.id, 'name', 2 from me join people b on b.id <> me.id
					where b.display_name % me.display_name and similarity(b.display_name, me.display_name) >= 0.8
			) r join people p on p.id = r.id
			where ${active('p')}
			order by p.id, r.prio
			limit 20`)
	);
}
