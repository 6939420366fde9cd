import { handleOperation } from '$lib/server/api/handle-operation';
import { cohortCheckInOp } from '$lib/server/api/operations/cohorts';
import { checkInWithCode } from '$lib/server/services/cohorts/attendance';

export const POST = handleOperation(cohortCheckInOp, async ({ db, actor, body, locale }) => {
	const done = await checkInWithCode(db, actor, body, locale);
	return { sessionId: done.sessionId, memberId: done.memberId, present: done.present, how: done.how };
});
