/** A notification for a staff member, gathered into their daily or weekly digest (never one e-mail per event). */
import type { Db } from '../../db/client.ts';
import { notifications } from '../../db/schema/intake.ts';

export async function notify(
	tx: Db,
	userId: string | null,
	note: { kind: string; summaryKey: string; params?: Record<string, string | number>; link?: string; at?: Date }
): Promise<void> {
	if (!userId) return;
	await tx.insert(notifications).values({
		userId,
		kind: note.kind,
		summaryKey: note.summaryKey,
		params: note.params ?? null,
		link: note.link ?? null,
		createdAt: note.at ?? new Date()
	});
}
