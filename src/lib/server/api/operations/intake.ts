/** The intake area's JSON API (issue IN; contract: shared/contracts/cli.md, HTTP section). */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import {
	ActionDoneSchema,
	ChangeStateSchema,
	ExitPlanSchema,
	RecordIntakeBodySchema,
	IdAnswerSchema,
	MyActionsSchema,
	OpenReviewMeetingAnswerSchema,
	OpenReviewMeetingSchema,
	ReviewActionBodySchema,
	ReviewAdviceBodySchema,
	ReviewMeetingListSchema,
	ReviewMeetingSchema,
	VersionAnswerSchema,
	EngagementListSchema,
	EngagementsQuerySchema,
	IntroductionAnswerSchema,
	ProposeIntroductionSchema,
	RecordOutcomeSchema,
	SupportRequestAnswerSchema,
	SupportRequestSchema
} from '../../../schemas/intake.ts';

const tag = 'intake';

export const submitSupportRequestOp = defineOperation({
	id: 'submitSupportRequest',
	method: 'POST',
	path: '/api/v1/support-requests',
	summary: 'Ask for support (public, no token): the public form’s twin',
	description:
		'Creates (or finds, by e-mail) the person, the initiative, an engagement in state requested and its needs, and sends a confirmation e-mail. themes and needs[].category are taxonomy keys or labels; unknown words are kept as given. Anonymous callers are rate limited per IP (429 rate_limited).',
	tag,
	auth: 'public',
	body: SupportRequestSchema,
	response: SupportRequestAnswerSchema,
	status: 201,
	errors: ['validation_failed', 'rate_limited', 'invalid_json']
});

export const listEngagementsOp = defineOperation({
	id: 'listEngagements',
	method: 'GET',
	path: '/api/v1/engagements',
	summary: 'Engagements (the weekly case board), optionally of one state, with open needs and flags',
	description:
		'flags: no_contact (30 days), need_open_long (a need open 30 days), exit_due (planned end within 4 weeks), referral_no_followup (an introduction sent or accepted 3 weeks ago without meeting or outcome). Flags are computed for active engagements only. Need ids are stable ids of the needs table.',
	tag,
	auth: 'intake.read',
	query: EngagementsQuerySchema,
	response: EngagementListSchema,
	errors: ['validation_failed', 'unauthenticated', 'forbidden']
});

export const proposeIntroductionOp = defineOperation({
	id: 'proposeIntroduction',
	method: 'POST',
	path: '/api/v1/introductions',
	summary: 'Propose an introduction between an innovator and another person, tied to a need',
	description:
		'innovator and person are person ids; need is the id of one of the innovator’s needs. The introduction starts as proposed; with send: true the double opt-in e-mails go out at once (status sent).',
	tag,
	auth: 'introductions.manage',
	body: ProposeIntroductionSchema,
	response: IntroductionAnswerSchema,
	status: 201,
	errors: ['validation_failed', 'unauthenticated', 'forbidden']
});

export const listReviewMeetingsOp = defineOperation({
	id: 'listReviewMeetings',
	method: 'GET',
	path: '/api/v1/review-meetings',
	summary: 'The weekly review meetings, newest first, with how many cases were discussed',
	tag,
	auth: 'review.run',
	response: ReviewMeetingListSchema,
	errors: ['unauthenticated', 'forbidden']
});

export const openReviewMeetingOp = defineOperation({
	id: 'openReviewMeeting',
	method: 'POST',
	path: '/api/v1/review-meetings',
	summary: 'Open the weekly review (or get the one that is open)',
	description:
		'Items: the cases carried over from the last meeting first, then every active case by name. Only one meeting is open at a time: created is false when it already was.',
	tag,
	auth: 'review.run',
	body: OpenReviewMeetingSchema,
	response: OpenReviewMeetingAnswerSchema,
	status: 201,
	errors: ['validation_failed', 'unauthenticated', 'forbidden']
});

export const getReviewMeetingOp = defineOperation({
	id: 'getReviewMeeting',
	method: 'GET',
	path: '/api/v1/review-meetings/{id}',
	summary: 'One review meeting with its cases in order: board facts, advice, actions and introductions',
	tag,
	auth: 'review.run',
	response: ReviewMeetingSchema,
	errors: ['unauthenticated', 'forbidden', 'not_found']
});

export const closeReviewMeetingOp = defineOperation({
	id: 'closeReviewMeeting',
	method: 'POST',
	path: '/api/v1/review-meetings/{id}/close',
	summary: 'Close a review meeting: cases not discussed carry over to the next one',
	tag,
	auth: 'review.run',
	response: z.object({ carriedOver: z.number() }),
	errors: ['unauthenticated', 'forbidden', 'not_found', 'invalid_state']
});

export const saveReviewAdviceOp = defineOperation({
	id: 'saveReviewAdvice',
	method: 'POST',
	path: '/api/v1/review-items/{id}/advice',
	summary: 'Record the team’s advice on one case of an open review (the item becomes discussed)',
	description: 'version is the item’s version as read; a stale one answers 409 version_conflict.',
	tag,
	auth: 'review.run',
	body: ReviewAdviceBodySchema,
	response: VersionAnswerSchema,
	errors: ['validation_failed', 'unauthenticated', 'forbidden', 'not_found', 'version_conflict', 'invalid_state']
});

export const addReviewActionOp = defineOperation({
	id: 'addReviewAction',
	method: 'POST',
	path: '/api/v1/review-items/{id}/actions',
	summary: 'Add an action (owner, due date) to one case of an open review',
	tag,
	auth: 'review.run',
	body: ReviewActionBodySchema,
	response: IdAnswerSchema,
	status: 201,
	errors: ['validation_failed', 'unauthenticated', 'forbidden', 'not_found', 'invalid_state']
});

export const listMyActionsOp = defineOperation({
	id: 'listMyActions',
	method: 'GET',
	path: '/api/v1/review-actions',
	summary: 'The caller’s open review actions',
	tag,
	auth: 'review.run',
	response: MyActionsSchema,
	errors: ['unauthenticated', 'forbidden']
});

export const setReviewActionDoneOp = defineOperation({
	id: 'setReviewActionDone',
	method: 'POST',
	path: '/api/v1/review-actions/{id}/done',
	summary: 'Mark a review action done (or open again)',
	tag,
	auth: 'review.run',
	body: ActionDoneSchema,
	response: ActionDoneSchema,
	errors: ['validation_failed', 'unauthenticated', 'forbidden', 'not_found']
});

export const intakeReportOp = defineOperation({
	id: 'intakeReport',
	method: 'GET',
	path: '/api/v1/reports/intake',
	summary: 'The intake report: funnel per month or year, average engagement length, needs against offers, introductions',
	tag,
	auth: 'reports.intake',
	query: z.object({ by: z.enum(['month', 'year']).default('month') }),
	response: z.object({
		by: z.enum(['month', 'year']),
		funnel: z.array(z.object({ period: z.string(), requested: z.number(), intake: z.number(), active: z.number(), exited: z.number() })),
		averageDurationDays: z.number().nullable(),
		finishedEngagements: z.number(),
		gap: z.array(z.object({ category: z.string(), needs: z.number(), offers: z.number(), gap: z.number() })),
		referrals: z.object({ sent: z.number(), accepted: z.number(), declined: z.number(), withOutcome: z.number(), fundingCents: z.number() }),
		medianDaysToFirstIntroduction: z.number().nullable(),
		engagementsWithIntroduction: z.number()
	}),
	errors: ['validation_failed', 'unauthenticated', 'forbidden']
});

export const sendIntroductionOp = defineOperation({
	id: 'sendIntroduction',
	method: 'POST',
	path: '/api/v1/introductions/{id}/send',
	summary: 'Send the double opt-in e-mails of a proposed introduction (status sent)',
	tag,
	auth: 'introductions.manage',
	response: IntroductionAnswerSchema,
	errors: ['unauthenticated', 'forbidden', 'not_found', 'invalid_state', 'unprocessable']
});

export const recordIntroductionOutcomeOp = defineOperation({
	id: 'recordIntroductionOutcome',
	method: 'POST',
	path: '/api/v1/introductions/{id}/outcome',
	summary: 'Record what came of an accepted introduction: funding (with amount), advice, partnership or nothing',
	description: 'Shows on both people’s timelines, cancels pending follow-up reminders and, unless nothing came of it, marks the need met.',
	tag,
	auth: 'introductions.manage',
	body: RecordOutcomeSchema.omit({ introductionId: true }),
	response: VersionAnswerSchema,
	errors: ['validation_failed', 'unauthenticated', 'forbidden', 'not_found', 'invalid_state', 'version_conflict']
});

export const recordIntakeOp = defineOperation({
	id: 'recordIntake',
	method: 'POST',
	path: '/api/v1/engagements/{id}/intake',
	summary: 'Record the intake: the seed questions’ answers, needs, offers and the outcome (take on, refer, not now)',
	description: 'refer needs referredTo; refer and not_now need a reason. The innovator gets an e-mail. A stale version answers 409 version_conflict.',
	tag,
	auth: 'intake.manage',
	body: RecordIntakeBodySchema,
	response: z.object({ state: z.string(), version: z.number() }),
	errors: ['validation_failed', 'unauthenticated', 'forbidden', 'not_found', 'invalid_state', 'version_conflict']
});

export const changeEngagementStateOp = defineOperation({
	id: 'changeEngagementState',
	method: 'POST',
	path: '/api/v1/engagements/{id}/state',
	summary: 'Pause, resume, exit or refer out an engagement, with the reason',
	tag,
	auth: 'intake.manage',
	body: ChangeStateSchema.omit({ engagementId: true }),
	response: z.object({ state: z.string(), version: z.number() }),
	errors: ['validation_failed', 'unauthenticated', 'forbidden', 'not_found', 'invalid_state', 'version_conflict']
});

export const saveExitPlanOp = defineOperation({
	id: 'saveExitPlan',
	method: 'POST',
	path: '/api/v1/engagements/{id}/exit-plan',
	summary: 'Save the exit conversation’s checklist: what continues, who they can still call on, alumni network',
	tag,
	auth: 'intake.manage',
	body: ExitPlanSchema.omit({ engagementId: true }),
	response: VersionAnswerSchema,
	errors: ['validation_failed', 'unauthenticated', 'forbidden', 'not_found', 'invalid_state', 'version_conflict']
});
