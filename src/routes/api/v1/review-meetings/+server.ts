import { handleOperation } from '$lib/server/api/handle-operation';
import { listReviewMeetingsOp, openReviewMeetingOp } from '$lib/server/api/operations/intake';
import { listReviewMeetings } from '$lib/server/services/review/read-review-meeting';
import { openReviewMeeting } from '$lib/server/services/review/open-review-meeting';
import { presentMeetingSummary } from '$lib/server/services/review/review-presenters';

export const GET = handleOperation(listReviewMeetingsOp, async ({ db, actor }) => ({
	items: (await listReviewMeetings(db, actor)).map(presentMeetingSummary)
}));

export const POST = handleOperation(openReviewMeetingOp, async ({ db, actor, body, locale }) => openReviewMeeting(db, actor, body, locale));
