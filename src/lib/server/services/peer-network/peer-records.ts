/** Shared reads and writes of the network's services: load a request under lock, people, e-mails. */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import { peerRequests } from '../../db/schema/peer-network.ts';
import { AppError, notFound } from '../../errors.ts';
import { enqueueEmail, type EmailAttachment } from '../email/enqueue-email.ts';
import { translate, type MessageKey, type Params } from '../../../i18n/index.ts';
import { isLocale, type Locale } from '../../../i18n/core.ts';
import {
	nextStatus,
	type RequestMove,
	type RequestStatus
} from '../../../domain/peer-network/requests.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PeerRequestRow = typeof peerRequests.$inferSelect;

/** The request, locked for the rest of the transaction so two answers cannot both apply. */
export async function lockRequest(tx: Db, id: string): Promise<PeerRequestRow> {
	if (!UUID.test(id)) throw notFound('Peer request');
	const [row] = await tx.select().from(peerRequests).where(eq(peerRequests.id, id)).for('update');
	if (!row) throw notFound('Peer request');
	return row;
}

/** The status after `move`, or a 409 invalid_state naming what was tried. */
export function moveOrThrow(row: PeerRequestRow, move: RequestMove): RequestStatus {
	const next = nextStatus(row.status as RequestStatus, move);
	if (!next) {
		throw new AppError('invalid_state', `A ${row.status} request cannot be ${move}ed`, {
			request: row.id,
			status: row.status,
			action: move
		});
	}
	return next;
}

export interface Contact {
	id: string;
	displayName: string;
	email: string | null;
	locale: Locale;
}

export async function contactsOf(db: Db, ids: readonly string[]): Promise<Map<string, Contact>> {
	if (!ids.length) return new Map();
	const rows = await db
		.select({ id: people.id, displayName: people.displayName, email: people.email, locale: people.locale })
		.from(people)
		.where(inArray(people.id, [...new Set(ids)]));
	return new Map(
		rows.map((r) => [r.id, { ...r, locale: isLocale(r.locale) ? r.locale : ('nl' as Locale) }])
	);
}

/** An e-mail in the recipient's language; silently none for people without an address. */
export async function mailPerson(
	tx: Db,
	to: Contact | undefined,
	kind: string,
	subject: MessageKey,
	body: MessageKey,
	params: (locale: Locale) => Params,
	attachments?: EmailAttachment[]
): Promise<void> {
	if (!to?.email) return;
	const p = { name: to.displayName, ...params(to.locale) };
	await enqueueEmail(tx, {
		to: to.email,
		kind,
		subject: translate(to.locale, subject, p),
		text: translate(to.locale, body, p),
		attachments
	});
}
