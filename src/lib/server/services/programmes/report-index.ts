/**
 * The reports overview (decision 075): every programme with its totals over all calls, the
 * cohorts and the events, each linking to its own report. Staff only.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { listCohorts } from '../cohorts/read-cohorts.ts';
import { listEvents } from '../events/read-events.ts';

export interface ProgrammeTotals {
	id: string;
	name: string;
	kind: string;
	calls: number;
	submitted: number;
	drafts: number;
	accepted: number;
	/** accepted / submitted; null when nothing was submitted. */
	acceptanceRate: number | null;
}

export async function reportIndex(db: Db, actor: Actor, now = new Date()) {
	authorize(actor, 'programmes.read');
	const programmes = rowsOf<Omit<ProgrammeTotals, 'acceptanceRate'>>(
		await db.execute(sql`
			select p.id, p.name, p.kind,
				(select count(*)::int from programme_calls c where c.programme_id = p.id) as calls,
				count(a.id) filter (where a.status <> 'draft')::int as submitted,
				count(a.id) filter (where a.status = 'draft')::int as drafts,
				count(a.id) filter (where a.status = 'accepted')::int as accepted
			from programmes p
			left join programme_calls c on c.programme_id = p.id
			left join programme_applications a on a.call_id = c.id
			group by p.id order by p.created_at desc`)
	).map((p) => ({ ...p, acceptanceRate: p.submitted ? p.accepted / p.submitted : null }));
	const cohorts = await listCohorts(db, actor);
	// Events that have started: the ones with something to report (the latest first).
	const events = (await listEvents(db, actor)).filter((e) => new Date(e.startsAt) <= now).slice(0, 50);
	return { programmes, cohorts, events };
}
