/** Programmes, calls and selection: the JSON API (issue PE; docs/decisions/073-074). */
import { defineOperation } from '../operation.ts';
import {
	ApplicationBodySchema,
	ApplicationFileSchema,
	ApplicationFileUploadSchema,
	FileBytesSchema,
	ReviewerInvitationAnswerSchema,
	ReviewerInvitationListSchema,
	ReviewerInvitationSchema,
	ReviewerInvitationQuerySchema,
	ApplicationStatusSchema,
	CallInputSchema,
	CallSchema,
	CallUpdateSchema,
	CallVersionSchema,
	ConflictInputSchema,
	DecisionInputSchema,
	IdAnswerSchema,
	MyApplicationSchema,
	OkSchema,
	ProgrammeInputSchema,
	ProgrammeListSchema,
	RankingSchema,
	ReviewerAnswerSchema,
	ReviewerBodySchema,
	ReviewInputSchema,
	ReviewListSchema
} from '../../../schemas/programmes.ts';

const tag = 'programmes';

export const createProgrammeOp = defineOperation({
	id: 'createProgramme',
	method: 'POST',
	path: '/api/v1/programmes',
	summary: 'Create a programme (kind: startup_club, scalers_club or thematic_track)',
	tag,
	auth: 'programmes.manage',
	body: ProgrammeInputSchema,
	response: IdAnswerSchema,
	status: 201,
	errors: ['validation_failed', 'invalid_json', 'unauthenticated', 'forbidden']
});

export const listProgrammesOp = defineOperation({
	id: 'listProgrammes',
	method: 'GET',
	path: '/api/v1/programmes',
	summary: 'Programmes, newest first, with their number of calls',
	tag,
	auth: 'programmes.read',
	response: ProgrammeListSchema,
	errors: ['unauthenticated', 'forbidden']
});

export const createCallOp = defineOperation({
	id: 'createProgrammeCall',
	method: 'POST',
	path: '/api/v1/programmes/{id}/calls',
	summary: 'Create a call: title, opensAt, closesAt, blind, questions (text, long_text, choice, file, budget) and rubric criteria {key, label, weight, max}',
	tag,
	auth: 'programmes.manage',
	body: CallInputSchema,
	response: IdAnswerSchema,
	status: 201,
	errors: ['validation_failed', 'invalid_json', 'not_found', 'unauthenticated', 'forbidden']
});

export const readCallOp = defineOperation({
	id: 'readProgrammeCall',
	method: 'GET',
	path: '/api/v1/calls/{id}',
	summary: 'A call: its form, rubric, dates and state (upcoming, open, closed)',
	tag,
	auth: 'programmes.apply',
	response: CallSchema,
	errors: ['not_found', 'unauthenticated', 'forbidden']
});

export const readMyApplicationOp = defineOperation({
	id: 'readMyApplication',
	method: 'GET',
	path: '/api/v1/calls/{id}/application',
	summary: 'The caller’s own application to the call (null when none)',
	tag,
	auth: 'programmes.apply',
	response: MyApplicationSchema,
	errors: ['not_found', 'unauthenticated', 'forbidden']
});

export const saveApplicationOp = defineOperation({
	id: 'saveApplication',
	method: 'PUT',
	path: '/api/v1/calls/{id}/application',
	summary: 'Save the caller’s draft, or submit it with submit: true (confirmation e-mail in the applicant’s language)',
	description: 'A closed or not yet open call answers 409 invalid_state; a submitted application cannot change (409). Files are uploaded on the call page.',
	tag,
	auth: 'programmes.apply',
	body: ApplicationBodySchema,
	response: ApplicationStatusSchema,
	errors: ['validation_failed', 'invalid_json', 'invalid_state', 'not_found', 'unauthenticated', 'forbidden']
});

export const addReviewerOp = defineOperation({
	id: 'addCallReviewer',
	method: 'POST',
	path: '/api/v1/calls/{id}/reviewers',
	summary: 'Put an existing account (staff or an external jury member) on the call’s reviewer list',
	tag,
	auth: 'programmes.manage',
	body: ReviewerBodySchema,
	response: ReviewerAnswerSchema,
	status: 201,
	errors: ['validation_failed', 'invalid_json', 'not_found', 'unauthenticated', 'forbidden']
});

export const listReviewsOp = defineOperation({
	id: 'listApplicationsForReview',
	method: 'GET',
	path: '/api/v1/calls/{id}/reviews',
	summary: 'For a reviewer of the call: its submitted applications, without those they declared a conflict on; names hidden on a blind call',
	tag,
	auth: 'user',
	response: ReviewListSchema,
	errors: ['not_found', 'unauthenticated', 'forbidden']
});

export const saveReviewOp = defineOperation({
	id: 'saveReview',
	method: 'PUT',
	path: '/api/v1/applications/{id}/review',
	summary: 'Score an application on the call’s rubric (every criterion, 0..max); 404 when the caller has a conflict on it',
	tag,
	auth: 'user',
	body: ReviewInputSchema,
	response: OkSchema,
	errors: ['validation_failed', 'invalid_json', 'not_found', 'unauthenticated', 'forbidden']
});

export const declareConflictOp = defineOperation({
	id: 'declareConflict',
	method: 'POST',
	path: '/api/v1/applications/{id}/conflict',
	summary: 'Declare a conflict of interest: the reviewer no longer sees or scores the application (an earlier score is dropped)',
	tag,
	auth: 'user',
	body: ConflictInputSchema,
	response: OkSchema,
	errors: ['validation_failed', 'invalid_json', 'not_found', 'unauthenticated', 'forbidden']
});

export const rankingOp = defineOperation({
	id: 'rankCall',
	method: 'GET',
	path: '/api/v1/calls/{id}/ranking',
	summary: 'The ranking: per-reviewer z-score normalisation, conflicts left out, mean z then mean weighted score',
	tag,
	auth: 'programmes.read',
	response: RankingSchema,
	errors: ['not_found', 'unauthenticated', 'forbidden']
});

export const decideOp = defineOperation({
	id: 'decideApplication',
	method: 'POST',
	path: '/api/v1/applications/{id}/decision',
	summary: 'The jury’s decision (accepted, waitlisted, rejected) with a note, e-mailed to the applicant in their language',
	tag,
	auth: 'programmes.manage',
	body: DecisionInputSchema,
	response: ApplicationStatusSchema,
	errors: ['validation_failed', 'invalid_json', 'invalid_state', 'not_found', 'unauthenticated', 'forbidden']
});

export const updateCallOp = defineOperation({
	id: 'updateProgrammeCall',
	method: 'PUT',
	path: '/api/v1/calls/{id}',
	summary: 'Replace a call’s title, dates, blind flag, questions and rubric; version must be the one read (409 version_conflict otherwise)',
	tag,
	auth: 'programmes.manage',
	body: CallUpdateSchema,
	response: CallVersionSchema,
	errors: ['validation_failed', 'invalid_json', 'version_conflict', 'not_found', 'unauthenticated', 'forbidden']
});

export const inviteReviewerOp = defineOperation({
	id: 'inviteCallReviewer',
	method: 'POST',
	path: '/api/v1/calls/{id}/reviewer-invitations',
	summary: 'Invite an external jury member by name and e-mail: added at once when the address has an active account, else an account invitation (role chancegiver) is e-mailed and they join the reviewer list on accepting it',
	tag,
	auth: 'programmes.manage',
	body: ReviewerInvitationSchema,
	response: ReviewerInvitationAnswerSchema,
	status: 201,
	errors: ['validation_failed', 'invalid_json', 'not_found', 'unauthenticated', 'forbidden']
});

export const listReviewerInvitationsOp = defineOperation({
	id: 'listCallReviewerInvitations',
	method: 'GET',
	path: '/api/v1/calls/{id}/reviewer-invitations',
	summary: 'Jury members invited to review the call who have no account yet',
	tag,
	auth: 'programmes.read',
	response: ReviewerInvitationListSchema,
	errors: ['not_found', 'unauthenticated', 'forbidden']
});

export const withdrawReviewerInvitationOp = defineOperation({
	id: 'withdrawCallReviewerInvitation',
	method: 'DELETE',
	path: '/api/v1/calls/{id}/reviewer-invitations',
	summary: 'Withdraw the pending jury invitation of an e-mail address for this call (the account invitation link itself stays valid)',
	tag,
	auth: 'programmes.manage',
	query: ReviewerInvitationQuerySchema,
	response: OkSchema,
	errors: ['validation_failed', 'not_found', 'unauthenticated', 'forbidden']
});

export const uploadApplicationFileOp = defineOperation({
	id: 'uploadApplicationFile',
	method: 'POST',
	path: '/api/v1/calls/{id}/application/files/{questionKey}',
	summary: 'Upload the file answering a file question of your draft (multipart/form-data, field "file"; replaces an earlier one)',
	description:
		'Same limits as the page: at most 5 MB (413 payload_too_large), PDF, Office/OpenDocument, TXT, CSV, PNG, JPG or WEBP whose declared type agrees with the extension (422 validation_failed with the message under details.fields.{questionKey}); only while the call is open and the application is a draft (409 invalid_state).',
	tag,
	auth: 'programmes.apply',
	body: ApplicationFileUploadSchema,
	bodyMediaType: 'multipart/form-data',
	response: ApplicationFileSchema,
	status: 201,
	errors: ['bad_request', 'validation_failed', 'payload_too_large', 'invalid_state', 'not_found', 'unauthenticated', 'forbidden']
});

export const downloadApplicationFileOp = defineOperation({
	id: 'downloadApplicationFile',
	method: 'GET',
	path: '/api/v1/application-files/{fileId}',
	summary: 'Download an application file: for its applicant, staff, or a reviewer of the call without a conflict (404 otherwise)',
	tag,
	auth: 'user',
	response: FileBytesSchema,
	responseMediaType: 'application/octet-stream',
	errors: ['not_found', 'unauthenticated']
});
