import { handleOperation } from '$lib/server/api/handle-operation';
import { rateAdMeetingOp } from '$lib/server/api/operations/acceleration-day';
import { rateMeeting } from '$lib/server/services/acceleration-day/ratings';

export const POST = handleOperation(rateAdMeetingOp, async ({ db, actor, params, body, locale }) =>
	rateMeeting(db, actor, { token: params.token, ...body }, locale)
);
