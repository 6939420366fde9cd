import { handleOperation } from '$lib/server/api/handle-operation';
import { inviteReviewerOp, listReviewerInvitationsOp, withdrawReviewerInvitationOp } from '$lib/server/api/operations/programmes';
import { inviteReviewer, listReviewerInvitations, withdrawReviewerInvitation } from '$lib/server/services/programmes/reviewer-invitations';

export const POST = handleOperation(inviteReviewerOp, async ({ db, actor, params, body, locale }) => inviteReviewer(db, actor, params.id, body, locale));

export const GET = handleOperation(listReviewerInvitationsOp, async ({ db, actor, params }) => ({
	invitations: await listReviewerInvitations(db, actor, params.id)
}));

export const DELETE = handleOperation(withdrawReviewerInvitationOp, async ({ db, actor, params, query }) => {
	await withdrawReviewerInvitation(db, actor, params.id, query.email);
	return { ok: true as const };
});
