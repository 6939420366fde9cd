import { handleOperation } from '$lib/server/api/handle-operation';
import { closeReviewMeetingOp } from '$lib/server/api/operations/intake';
import { closeReviewMeeting } from '$lib/server/services/review/close-review-meeting';

export const POST = handleOperation(closeReviewMeetingOp, async ({ db, actor, params }) => closeReviewMeeting(db, actor, { meetingId: params.id }));
