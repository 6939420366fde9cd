import { handleOperation } from '$lib/server/api/handle-operation';
import { messageCohortMembersOp } from '$lib/server/api/operations/cohorts';
import { messageMembers } from '$lib/server/services/cohorts/member-mail';

export const POST = handleOperation(messageCohortMembersOp, async ({ db, actor, params, body, locale }) => messageMembers(db, actor, params.id, body, locale));
