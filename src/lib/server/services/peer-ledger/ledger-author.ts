/**
 * Who an entry or a session change is booked to. Staff acting through the ledger are
 * their own author; the network calls the ledger as a system actor acting on behalf of
 * the person who clicked (`onBehalfOf`), and that person is the author, not the system.
 */
import { actorLabel, actorUserId, systemActor, type Actor, type SystemActor } from '../../auth/actor.ts';

export interface LedgerAuthor {
	/** The user, when there is one (null for the CLI). */
	userId: string | null;
	/** As the audit log names them; kept even if the user goes. */
	label: string;
}

export type OnBehalfActor = SystemActor & { onBehalfOf: LedgerAuthor };

/** A system actor (allowed to write the ledger) that books to `actor` as the author. */
export function onBehalfOf(label: string, actor: Actor): OnBehalfActor {
	return { ...systemActor(label), onBehalfOf: { userId: actorUserId(actor), label: actorLabel(actor) } };
}

export function ledgerAuthor(actor: Actor): LedgerAuthor {
	if (actor.kind === 'system' && 'onBehalfOf' in actor) {
		const author = (actor as OnBehalfActor).onBehalfOf;
		if (author && typeof author.label === 'string') return author;
	}
	return { userId: actorUserId(actor), label: actorLabel(actor) };
}
