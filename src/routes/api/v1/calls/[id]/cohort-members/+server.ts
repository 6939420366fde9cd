import { handleOperation } from '$lib/server/api/handle-operation';
import { admitAcceptedOp } from '$lib/server/api/operations/cohorts';
import { admitAccepted } from '$lib/server/services/cohorts/admit-accepted';

export const POST = handleOperation(admitAcceptedOp, async ({ db, actor, params, body, locale }) => admitAccepted(db, actor, params.id, body, locale));
