import { handleOperation } from '$lib/server/api/handle-operation';
import { getReviewMeetingOp } from '$lib/server/api/operations/intake';
import { readReviewMeeting } from '$lib/server/services/review/read-review-meeting';
import { presentMeeting } from '$lib/server/services/review/review-presenters';

export const GET = handleOperation(getReviewMeetingOp, async ({ db, actor, params }) => presentMeeting(await readReviewMeeting(db, actor, params.id)));
