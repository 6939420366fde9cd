/** The intake area's settings (table `settings`), with their defaults. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { settings } from '../../db/schema/core.ts';

export const ENGAGEMENT_MONTHS_KEY = 'intake.engagementMonths';
export const DEFAULT_ENGAGEMENT_MONTHS = 6;

/** How long an active engagement runs by default: months after the intake (a setting). */
export async function engagementMonths(db: Db): Promise<number> {
	const [row] = await db.select().from(settings).where(eq(settings.key, ENGAGEMENT_MONTHS_KEY));
	const value = Number(row?.value);
	return Number.isInteger(value) && value > 0 && value <= 36 ? value : DEFAULT_ENGAGEMENT_MONTHS;
}
