/** The programme and cohort reports in the JSON API (issue PE; docs/decisions/075-programme-reports.md). */
import { defineOperation } from '../operation.ts';
import { CohortReportSchema, ProgrammeReportSchema } from '../../../schemas/reports.ts';

export const programmeReportOp = defineOperation({
	id: 'programmeReport',
	method: 'GET',
	path: '/api/v1/programmes/{id}/report',
	summary: "Report of a programme: per call applications, decisions and acceptance rate; who was reached among applicants and accepted (helix, region, theme, first-time contacts); attendance of the programme's cohorts",
	tag: 'programmes',
	auth: 'programmes.read',
	response: ProgrammeReportSchema,
	errors: ['not_found', 'unauthenticated', 'forbidden']
});

export const cohortReportOp = defineOperation({
	id: 'cohortReport',
	method: 'GET',
	path: '/api/v1/cohorts/{id}/report',
	summary: 'Report of a cohort: attendance per session and member, completed members, who was reached (helix, region, theme, first-time contacts)',
	tag: 'cohorts',
	auth: 'cohorts.read',
	response: CohortReportSchema,
	errors: ['not_found', 'unauthenticated', 'forbidden']
});
