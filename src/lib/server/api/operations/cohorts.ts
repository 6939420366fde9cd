/** The cohorts area's JSON API (issue PE; docs/decisions/077-cohorts.md). */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import {
	AdmitAcceptedResponse,
	AdmitAcceptedSchema,
	AttendanceMarkSchema,
	AttendanceResponse,
	CheckInBodySchema,
	CohortCreateSchema,
	CohortDetailResponse,
	CohortListResponse,
	CohortResponse,
	CohortUpdateSchema,
	DeletedResponse,
	DeleteQuerySchema,
	MemberAddSchema,
	MemberResponse,
	MemberStatusSchema,
	MessageMembersResponse,
	MessageMembersSchema,
	ProgressResponse,
	SessionCreateSchema,
	SessionResponse,
	SessionUpdateSchema
} from '../../../schemas/cohorts.ts';

const tag = 'cohorts';

export const listCohortsOp = defineOperation({
	id: 'listCohorts',
	method: 'GET',
	path: '/api/v1/cohorts',
	summary: 'Cohorts (start-up club, scalers club, thematic tracks), newest year first, with member and session counts',
	tag,
	auth: 'cohorts.read',
	response: CohortListResponse,
	errors: ['unauthenticated', 'forbidden']
});

export const createCohortOp = defineOperation({
	id: 'createCohort',
	method: 'POST',
	path: '/api/v1/cohorts',
	summary: 'Create a cohort: name, kind (startup_club | scalers_club | thematic_track), year',
	description: 'Optional: theme, programmeId (must name a programme, else 422 by the field), requiredSessions (default: every session).',
	tag,
	auth: 'cohorts.manage',
	body: CohortCreateSchema,
	response: CohortResponse,
	status: 201,
	errors: ['validation_failed', 'invalid_json', 'unauthenticated', 'forbidden']
});

export const readCohortOp = defineOperation({
	id: 'readCohort',
	method: 'GET',
	path: '/api/v1/cohorts/{id}',
	summary: 'A cohort with its members (and their progress), sessions and attendance',
	tag,
	auth: 'cohorts.read',
	response: CohortDetailResponse,
	errors: ['not_found', 'unauthenticated', 'forbidden']
});

export const addCohortMemberOp = defineOperation({
	id: 'addCohortMember',
	method: 'POST',
	path: '/api/v1/cohorts/{id}/members',
	summary: 'Add a person from the directory; linked to their live engagement (or the one given), which shows on their case timeline',
	tag,
	auth: 'cohorts.manage',
	body: MemberAddSchema,
	response: MemberResponse,
	status: 201,
	errors: ['validation_failed', 'invalid_json', 'not_found', 'conflict', 'unauthenticated', 'forbidden']
});

export const setCohortMemberStatusOp = defineOperation({
	id: 'setCohortMemberStatus',
	method: 'POST',
	path: '/api/v1/cohorts/{id}/members/{memberId}/status',
	summary: 'Mark a member active, completed (certificate; timeline entry) or dropped',
	tag,
	auth: 'cohorts.manage',
	body: MemberStatusSchema,
	response: MemberResponse,
	errors: ['validation_failed', 'invalid_json', 'not_found', 'unauthenticated', 'forbidden']
});

export const readCohortMemberProgressOp = defineOperation({
	id: 'readCohortMemberProgress',
	method: 'GET',
	path: '/api/v1/cohorts/{id}/members/{memberId}/progress',
	summary: "A member's progress: sessions attended of those held, per kind; staff or the member themself",
	tag,
	auth: 'user',
	response: ProgressResponse,
	errors: ['not_found', 'unauthenticated', 'forbidden']
});

export const addCohortSessionOp = defineOperation({
	id: 'addCohortSession',
	method: 'POST',
	path: '/api/v1/cohorts/{id}/sessions',
	summary: 'Add a session to the curriculum; it gets a check-in code; members are e-mailed (with an .ics) when it lies ahead',
	description:
		'kind: workshop_business_modelling | workshop_pitching | workshop_stakeholders | masterclass | peer_session | safari. startsAt/endsAt: ISO 8601 with an offset, or a wall-clock time read in Europe/Brussels.',
	tag,
	auth: 'cohorts.manage',
	body: SessionCreateSchema,
	response: SessionResponse,
	status: 201,
	errors: ['validation_failed', 'invalid_json', 'not_found', 'unauthenticated', 'forbidden']
});

export const markCohortAttendanceOp = defineOperation({
	id: 'markCohortAttendance',
	method: 'POST',
	path: '/api/v1/cohorts/{id}/sessions/{sessionId}/attendance',
	summary: 'Staff tick one member present or absent for one session',
	tag,
	auth: 'cohorts.manage',
	body: AttendanceMarkSchema,
	response: AttendanceResponse,
	errors: ['validation_failed', 'invalid_json', 'not_found', 'unauthenticated', 'forbidden']
});

export const cohortCheckInOp = defineOperation({
	id: 'cohortCheckIn',
	method: 'POST',
	path: '/api/v1/cohort-check-ins',
	summary: "A member checks in with a session's code, only for themself (memberId, if given, must be their own)",
	tag,
	auth: 'user',
	body: CheckInBodySchema,
	response: AttendanceResponse,
	errors: ['validation_failed', 'invalid_json', 'not_found', 'invalid_state', 'unauthenticated', 'forbidden']
});

const deleteQuery = DeleteQuerySchema;

export const updateCohortOp = defineOperation({
	id: 'updateCohort',
	method: 'PUT',
	path: '/api/v1/cohorts/{id}',
	summary: 'Replace a cohort’s name, kind, year, theme, programme and required sessions; version must be the one read (409 version_conflict otherwise)',
	tag,
	auth: 'cohorts.manage',
	body: CohortUpdateSchema,
	response: CohortResponse,
	errors: ['validation_failed', 'invalid_json', 'version_conflict', 'not_found', 'unauthenticated', 'forbidden']
});

export const deleteCohortOp = defineOperation({
	id: 'deleteCohort',
	method: 'DELETE',
	path: '/api/v1/cohorts/{id}',
	summary: 'Delete a cohort with its members, sessions and attendance; with members or sessions it needs ?confirm=true (409 conflict otherwise, details.lost says what would go)',
	tag,
	auth: 'cohorts.manage',
	query: deleteQuery,
	response: DeletedResponse,
	errors: ['conflict', 'not_found', 'unauthenticated', 'forbidden']
});

export const updateCohortSessionOp = defineOperation({
	id: 'updateCohortSession',
	method: 'PUT',
	path: '/api/v1/cohorts/{id}/sessions/{sessionId}',
	summary: 'Replace a session (kind, title, dates, place, facilitator, materials) with the version read; members are e-mailed a new .ics when date, time or place of an upcoming session change',
	tag,
	auth: 'cohorts.manage',
	body: SessionUpdateSchema,
	response: SessionResponse.extend({ mailed: z.number() }),
	errors: ['validation_failed', 'invalid_json', 'version_conflict', 'not_found', 'unauthenticated', 'forbidden']
});

export const deleteCohortSessionOp = defineOperation({
	id: 'deleteCohortSession',
	method: 'DELETE',
	path: '/api/v1/cohorts/{id}/sessions/{sessionId}',
	summary: 'Delete a session; one with attendance marks needs ?confirm=true (409 conflict otherwise); members of an upcoming session are e-mailed a cancellation',
	tag,
	auth: 'cohorts.manage',
	query: deleteQuery,
	response: DeletedResponse,
	errors: ['conflict', 'not_found', 'unauthenticated', 'forbidden']
});

export const messageCohortMembersOp = defineOperation({
	id: 'messageCohortMembers',
	method: 'POST',
	path: '/api/v1/cohorts/{id}/messages',
	summary: 'E-mail all members (not the dropped ones) through the outbox; answers how many were sent and who has no address',
	tag,
	auth: 'cohorts.manage',
	body: MessageMembersSchema,
	response: MessageMembersResponse,
	errors: ['validation_failed', 'invalid_json', 'not_found', 'unauthenticated', 'forbidden']
});

export const linkCohortMemberEngagementOp = defineOperation({
	id: 'linkCohortMemberEngagement',
	method: 'POST',
	path: '/api/v1/cohorts/{id}/members/{memberId}/engagement',
	summary: 'Link a member who joined without an engagement to the person’s open engagement (409 conflict when there is none)',
	tag,
	auth: 'cohorts.manage',
	response: MemberResponse,
	errors: ['conflict', 'not_found', 'unauthenticated', 'forbidden']
});

export const admitAcceptedOp = defineOperation({
	id: 'admitAcceptedApplicants',
	method: 'POST',
	path: '/api/v1/calls/{id}/cohort-members',
	summary: 'Put the accepted applicants of a call into a cohort of its programme: cohortId (existing) or name + year (new); idempotent',
	description:
		'One transaction. Answers who was added (with createdPerson when the applicant had no directory record yet) and who already was a member; nobody is left out. 409 invalid_state when the call has no accepted applicants; 422 when cohortId belongs to another programme.',
	tag,
	auth: 'cohorts.manage',
	body: AdmitAcceptedSchema,
	response: AdmitAcceptedResponse,
	errors: ['validation_failed', 'invalid_json', 'invalid_state', 'not_found', 'unauthenticated', 'forbidden']
});
