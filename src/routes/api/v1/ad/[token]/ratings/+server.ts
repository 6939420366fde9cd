import { handleOperation } from '$lib/server/api/handle-operation';
import { rateAdMeetingOp } from '$lib/server/api/operations/acceleration-day';
import { rateMeeting } from '$lib/server/services/acceleration-day/ratings';
import { requestNow } from '$lib/server/request-clock';

export const POST = handleOperation(rateAdMeetingOp, async ({ event, db, actor, params, body, locale }) =>
	rateMeeting(db, actor, { token: params.token, ...body }, locale, requestNow(event.request))
);
