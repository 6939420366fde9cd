import { handleOperation } from '$lib/server/api/handle-operation';
import { addReviewerOp } from '$lib/server/api/operations/programmes';
import { addReviewer } from '$lib/server/services/programmes/selection';

export const POST = handleOperation(addReviewerOp, async ({ db, actor, params, body, locale }) => addReviewer(db, actor, params.id, body.email, locale));
