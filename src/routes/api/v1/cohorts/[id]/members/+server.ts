import { handleOperation } from '$lib/server/api/handle-operation';
import { addCohortMemberOp } from '$lib/server/api/operations/cohorts';
import { addMember } from '$lib/server/services/cohorts/members';

export const POST = handleOperation(addCohortMemberOp, async ({ db, actor, params, body, locale }) => addMember(db, actor, params.id, body, locale));
