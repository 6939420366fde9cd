import { handleOperation } from '$lib/server/api/handle-operation';
import { listMyActionsOp } from '$lib/server/api/operations/intake';
import { listMyActions } from '$lib/server/services/review/review-actions';

export const GET = handleOperation(listMyActionsOp, async ({ db, actor }) => {
	if (actor.kind !== 'user') throw new Error('unreachable: review.run needs a user');
	const { open } = await listMyActions(db, actor, actor.userId);
	return { items: open.map((a) => ({ ...a, done: false })).map(({ doneAt: _doneAt, ...a }) => a) };
});
