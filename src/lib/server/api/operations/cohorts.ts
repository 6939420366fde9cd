/** The cohorts area's JSON API (issue PE; docs/decisions/077-cohorts.md). */
import { defineOperation } from '../operation.ts';
import {
	AttendanceMarkSchema,
	AttendanceResponse,
	CheckInBodySchema,
	CohortCreateSchema,
	CohortDetailResponse,
	CohortListResponse,
	CohortResponse,
	MemberAddSchema,
	MemberResponse,
	MemberStatusSchema,
	ProgressResponse,
	SessionCreateSchema,
	SessionResponse
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
	description: 'Optional: theme, programmeId (not checked yet, decision 077), requiredSessions (default: every session).',
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
	summary: 'Add a session to the curriculum; it gets a check-in code',
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
