import { handleOperation } from '$lib/server/api/handle-operation';
import { recordIntakeOp } from '$lib/server/api/operations/intake';
import { recordIntake } from '$lib/server/services/intake/record-intake';

export const POST = handleOperation(recordIntakeOp, async ({ db, actor, body, params, locale }) =>
	recordIntake(db, actor, { ...body, engagementId: params.id }, locale)
);
