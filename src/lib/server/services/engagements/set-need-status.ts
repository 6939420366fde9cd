/** Marks a need met or dropped (or open again). */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { needs } from '../../db/schema/intake.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';

export async function setNeedStatus(
	db: Db,
	actor: Actor,
	input: { needId: string; status: 'open' | 'met' | 'dropped' },
	now: Date = new Date()
): Promise<void> {
	authorize(actor, 'intake.manage');
	await db.transaction(async (tx) => {
		const [need] = await tx.select().from(needs).where(eq(needs.id, input.needId)).for('update');
		if (!need) throw notFound('Need');
		await tx
			.update(needs)
			.set({ status: input.status, closedAt: input.status === 'open' ? null : now })
			.where(eq(needs.id, need.id));
		await recordAudit(tx, actor, {
			action: 'need.status',
			subjectType: 'need',
			subjectId: need.id,
			before: { status: need.status },
			after: { status: input.status }
		});
	});
}
