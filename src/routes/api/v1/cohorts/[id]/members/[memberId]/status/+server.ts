import { handleOperation } from '$lib/server/api/handle-operation';
import { setCohortMemberStatusOp } from '$lib/server/api/operations/cohorts';
import { setMemberStatus } from '$lib/server/services/cohorts/members';

export const POST = handleOperation(setCohortMemberStatusOp, async ({ db, actor, params, body, locale }) =>
	setMemberStatus(db, actor, params.id, params.memberId, body, locale)
);
