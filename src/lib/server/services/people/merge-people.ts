/**
 * Merging a duplicate (decision 041): one transaction, both records locked; every row in
 * any table whose foreign key points at the duplicate is moved to the kept record. Tables
 * are found in information_schema at merge time, so later modules' tables move too. A row
 * that cannot move because the kept record already has its twin (a unique key) is dropped
 * when nothing depends on it; when something does, the merge is refused (409 conflict).
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { MergePeopleSchema } from '../../../schemas/people.ts';
import { mergedFields } from '../../../domain/people/merge.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { isForeignKeyViolation, isUniqueViolation } from './pg-errors.ts';
import { addTimelineEvent, assertPersonId, refreshSearchText } from './person-links.ts';
import { personReferences } from './person-references.ts';

export async function mergePeople(db: Db, actor: Actor, duplicateId: string, input: { into: unknown }, locale: Locale = 'nl') {
	authorize(actor, 'people.merge');
	assertPersonId(duplicateId);
	const { into } = parseInput(MergePeopleSchema, input, locale);
	if (into === duplicateId) throw new AppError('invalid_state', translate(locale, 'people.mergeSame'));
	return db.transaction(async (tx) => {
		// Lock in id order so two merges of the same pair cannot deadlock.
		const locked = await tx.select().from(people).where(inArray(people.id, [duplicateId, into].sort())).orderBy(people.id).for('update');
		const source = locked.find((p) => p.id === duplicateId);
		const target = locked.find((p) => p.id === into);
		if (!source || !target) throw notFound('Person');
		if (source.mergedIntoId || source.erasedAt || target.mergedIntoId || target.erasedAt) {
			throw new AppError('invalid_state', translate(locale, 'people.notEditable'));
		}
		// Free the duplicate's unique values (e-mail, account) before the kept record takes them.
		await tx.update(people).set({ email: null, otherEmails: [], userId: null }).where(eq(people.id, source.id));
		const fields = mergedFields(target, source);
		await tx
			.update(people)
			.set({ ...fields, version: target.version + 1, updatedAt: new Date() })
			.where(eq(people.id, target.id));

		const moved: Record<string, number> = {};
		for (const ref of await personReferences(tx)) {
			const n = await moveReferences(tx, ref.table, ref.column, source.id, target.id, locale);
			if (n > 0) moved[`${ref.table}.${ref.column}`] = n;
		}
		await tx
			.update(people)
			.set({ mergedIntoId: target.id, version: source.version + 1, updatedAt: new Date() })
			.where(eq(people.id, source.id));
		await refreshSearchText(tx, [target.id, source.id]);
		await addTimelineEvent(tx, actor, { personId: target.id, kind: 'person.merged', summaryKey: 'people.timelineMerged', params: { name: source.displayName, from: source.id } });
		await recordAudit(tx, actor, {
			action: 'person.merge',
			subjectType: 'person',
			subjectId: target.id,
			before: { kept: target, duplicate: source },
			after: { kept: fields, duplicateId: source.id, moved }
		});
		return { id: target.id, mergedFrom: source.id, moved };
	});
}

/** Moves one column's references; returns how many rows now point at the kept record. */
async function moveReferences(tx: Db, table: string, column: string, from: string, to: string, locale: Locale): Promise<number> {
	const t = sql.identifier(table);
	const c = sql.identifier(column);
	try {
		return await tx.transaction(async (sp) => rowsOf(await sp.execute(sql`update ${t} set ${c} = ${to} where ${c} = ${from} returning 1`)).length);
	} catch (error) {
		if (!isUniqueViolation(error)) throw error;
	}
	// Some rows have a twin on the kept record: row by row, drop the twins nothing depends on.
	const rows = rowsOf<{ ctid: string }>(await tx.execute(sql`select ctid::text as ctid from ${t} where ${c} = ${from}`));
	let movedRows = 0;
	for (const { ctid } of rows) {
		try {
			await tx.transaction(async (sp) => {
				await sp.execute(sql`update ${t} set ${c} = ${to} where ctid = ${ctid}::tid`);
			});
			movedRows += 1;
		} catch (error) {
			if (!isUniqueViolation(error)) throw error;
			try {
				await tx.transaction(async (sp) => {
					await sp.execute(sql`delete from ${t} where ctid = ${ctid}::tid`);
				});
			} catch (deleteError) {
				if (isForeignKeyViolation(deleteError)) {
					throw new AppError('conflict', translate(locale, 'people.mergeBlocked', { table }), { table, column });
				}
				throw deleteError;
			}
		}
	}
	return movedRows;
}
