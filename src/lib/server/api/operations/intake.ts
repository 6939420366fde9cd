/** The intake area's JSON API (issue IN; contract: shared/contracts/cli.md, HTTP section). */
import { defineOperation } from '../operation.ts';
import {
	EngagementListSchema,
	EngagementsQuerySchema,
	IntroductionAnswerSchema,
	ProposeIntroductionSchema,
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
