import { outbox } from '../../db/schema/core.ts';
import type { Db } from '../../db/client.ts';

export interface EmailAttachment {
	filename: string;
	contentType: string;
	/** base64 */
	content: string;
}

export interface OutgoingEmail {
	to: string;
	subject: string;
	text: string;
	html?: string;
	kind: string;
	attachments?: EmailAttachment[];
}

/**
 * Puts an e-mail in the outbox, inside the caller's transaction: it is sent only if the
 * write that caused it commits. The worker (deliver-outbox.ts) sends it later.
 */
export async function enqueueEmail(db: Db, email: OutgoingEmail): Promise<string> {
	const [row] = await db
		.insert(outbox)
		.values({
			to: email.to,
			subject: email.subject,
			text: email.text,
			html: email.html ?? null,
			kind: email.kind,
			attachments: email.attachments ?? null
		})
		.returning({ id: outbox.id });
	return row.id;
}
