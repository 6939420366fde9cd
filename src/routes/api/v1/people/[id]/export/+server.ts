import { handleOperation } from '$lib/server/api/handle-operation';
import { exportPersonOp } from '$lib/server/api/operations/people';
import { exportPerson } from '$lib/server/services/people/export-person';

export const GET = handleOperation(exportPersonOp, async ({ db, actor, params, locale }) => exportPerson(db, actor, params.id, locale));
