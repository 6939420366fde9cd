/** The matchmaking area's JSON API (issue MM; docs/decisions/021-matching-database.md). */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import {
	AcceptSuggestionSchema,
	DismissalAnswerSchema,
	DismissSuggestionSchema,
	MatchWeightsSchema,
	NetworkGapsSchema,
	SuggestionListSchema,
	SuggestionsQuerySchema
} from '../../../schemas/matching.ts';
import { IntroductionAnswerSchema } from '../../../schemas/intake.ts';
import { CapacityInputSchema } from '../../../schemas/matching.ts';

const tag = 'matching';

export const listSuggestionsOp = defineOperation({
	id: 'listNeedSuggestions',
	method: 'GET',
	path: '/api/v1/needs/{id}/suggestions',
	summary: 'Who could help with this need: the top suggestions, with reasons in the reader’s language',
	description:
		'id is a need id as listed in openNeeds of GET /api/v1/engagements. score is 0-1 after penalties (the order may differ from it by the diversity rule and funders first for funding needs at pilot or scaling stage). Declined and dismissed pairs never return; people whose monthly capacity is full are left out.',
	tag,
	auth: 'matching.read',
	query: SuggestionsQuerySchema,
	response: SuggestionListSchema,
	errors: ['validation_failed', 'unauthenticated', 'forbidden', 'not_found']
});

export const dismissSuggestionOp = defineOperation({
	id: 'dismissNeedSuggestion',
	method: 'POST',
	path: '/api/v1/needs/{id}/suggestions/dismiss',
	summary: 'Dismiss a suggestion with a reason: the person is never suggested to this innovator again',
	description: "reason is one of wrong-expertise, wrong-theme, wrong-stage, language, no-capacity, conflict-of-interest, already-in-contact, other (which needs a note). Dismissing the same pair again replaces the reason.",
	tag,
	auth: 'matching.decide',
	body: DismissSuggestionSchema,
	response: DismissalAnswerSchema,
	status: 201,
	errors: ['validation_failed', 'unauthenticated', 'forbidden', 'not_found']
});

export const acceptSuggestionOp = defineOperation({
	id: 'acceptNeedSuggestion',
	method: 'POST',
	path: '/api/v1/needs/{id}/suggestions/accept',
	summary: 'Accept a suggestion: proposes the introduction between the need’s innovator and the person',
	description: 'Same as POST /api/v1/introductions with the need’s innovator and this need; with send: true the opt-in e-mails go out at once.',
	tag,
	auth: 'matching.decide',
	body: AcceptSuggestionSchema,
	response: IntroductionAnswerSchema,
	status: 201,
	errors: ['validation_failed', 'unauthenticated', 'forbidden', 'not_found']
});

export const networkGapsOp = defineOperation({
	id: 'matchingNetworkGaps',
	method: 'GET',
	path: '/api/v1/matching/gaps',
	summary: 'Open needs with no good match in the network, by category, and the dismissal reasons',
	tag,
	auth: 'matching.read',
	response: NetworkGapsSchema,
	errors: ['unauthenticated', 'forbidden']
});

export const readWeightsOp = defineOperation({
	id: 'readMatchingWeights',
	method: 'GET',
	path: '/api/v1/matching/weights',
	summary: 'The matchmaking weights in use, and their defaults',
	tag,
	auth: 'matching.settings',
	response: z.object({ weights: MatchWeightsSchema, defaults: MatchWeightsSchema }),
	errors: ['unauthenticated', 'forbidden']
});

export const saveWeightsOp = defineOperation({
	id: 'saveMatchingWeights',
	method: 'PUT',
	path: '/api/v1/matching/weights',
	summary: 'Change the matchmaking weights (fields left out take their defaults)',
	tag,
	auth: 'matching.settings',
	body: MatchWeightsSchema,
	response: MatchWeightsSchema,
	errors: ['validation_failed', 'unauthenticated', 'forbidden']
});

export const setCapacityOp = defineOperation({
	id: 'setMatchingCapacity',
	method: 'PUT',
	path: '/api/v1/matching/capacity/{personId}',
	summary: 'How many introductions a month a person accepts (null: no limit)',
	description: 'A person whose open introductions this month reach the number is not suggested; a partly booked person ranks a little lower.',
	tag,
	auth: 'matching.settings',
	body: CapacityInputSchema,
	response: z.object({ person: z.string(), perMonth: z.number().nullable() }),
	errors: ['validation_failed', 'unauthenticated', 'forbidden']
});
