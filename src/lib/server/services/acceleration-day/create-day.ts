/**
 * Sets up an Acceleration Day: the day, its blocks in time (pitches, meeting slots,
 * a break) and its table names, with an audit row.
 */
import type { Db } from '../../db/client.ts';
import { adDays, adSlots } from '../../db/schema/acceleration-day.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { AccelerationDaySchema, type AccelerationDayInput } from '../../../schemas/acceleration-day.ts';
import { buildDayBlocks } from '../../../domain/acceleration-day-planning/day-blocks.ts';

export async function createAccelerationDay(
	db: Db,
	actor: Actor,
	input: AccelerationDayInput,
	locale: Locale = 'nl'
): Promise<{ id: string }> {
	authorize(actor, 'accelerationDay.manage');
	const data = parseInput(AccelerationDaySchema, input, locale);
	const blocks = buildDayBlocks({ ...data, pitchMinutes: data.format === 'small' ? data.pitchMinutes : 0 });
	return db.transaction(async (tx) => {
		const [day] = await tx
			.insert(adDays)
			.values({
				title: data.title,
				date: data.date,
				venue: data.venue,
				format: data.format,
				seatsPerTable: data.seatsPerTable,
				tableNames: data.tableNames,
				minMeetingsPerInnovator: data.minMeetingsPerInnovator,
				minFundersPerInnovator: data.minFundersPerInnovator,
				solveSeconds: data.solveSeconds
			})
			.returning();
		await tx.insert(adSlots).values(blocks.map((b) => ({ ...b, dayId: day.id })));
		await recordAudit(tx, actor, {
			action: 'accelerationDay.create',
			subjectType: 'ad_day',
			subjectId: day.id,
			after: { ...day, blocks: blocks.length }
		});
		return { id: day.id };
	});
}
