/**
 * What a merge would do, before it is done: the kept record's fields afterwards
 * (domain/people/merge.ts, the same rule the merge applies) and how many rows of each
 * linked table would move from the duplicate to the kept record.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { notFound } from '../../errors.ts';
import type { Locale } from '../../../i18n/core.ts';
import { mergedFields } from '../../../domain/people/merge.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { loadPersonFull } from './get-person.ts';
import { assertPersonId } from './person-links.ts';
import { personReferences } from './person-references.ts';

export async function previewMerge(db: Db, actor: Actor, keepId: string, dropId: string, locale: Locale = 'nl') {
	authorize(actor, 'people.merge');
	assertPersonId(keepId);
	assertPersonId(dropId);
	const [keep, drop] = await Promise.all([loadPersonFull(db, keepId, locale), loadPersonFull(db, dropId, locale)]);
	if (!keep || !drop) throw notFound('Person');
	const moves: { table: string; column: string; count: number }[] = [];
	for (const ref of await personReferences(db)) {
		if (ref.table === 'people') continue;
		const [row] = rowsOf<{ n: number | string }>(
			await db.execute(sql`select count(*) as n from ${sql.identifier(ref.table)} where ${sql.identifier(ref.column)} = ${dropId}`)
		);
		if (Number(row.n) > 0) moves.push({ ...ref, count: Number(row.n) });
	}
	const brief = (p: typeof keep) => ({
		id: p.id,
		displayName: p.displayName,
		email: p.email,
		organisations: p.organisations.map((o) => o.name),
		roles: p.roles,
		createdAt: p.createdAt,
		mergedIntoId: p.mergedIntoId,
		erasedAt: p.erasedAt
	});
	const result = mergedFields(keep, drop);
	return {
		keep: brief(keep),
		drop: brief(drop),
		result: {
			displayName: keep.displayName,
			email: result.email,
			otherEmails: result.otherEmails,
			phone: result.phone,
			municipality: result.municipality,
			roles: result.roles,
			tags: result.tags,
			organisations: [...new Set([...keep.organisations, ...drop.organisations].map((o) => o.name))],
			hasAccount: result.userId !== null
		},
		moves
	};
}
