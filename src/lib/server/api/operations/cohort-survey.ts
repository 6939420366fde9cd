/** The cohort survey in the JSON API (decision 079): staff send it to all members. */
import { defineOperation } from '../operation.ts';
import { SendCohortSurveyResponse } from '../../../schemas/cohort-survey.ts';

export const sendCohortSurveyOp = defineOperation({
	id: 'sendCohortSurvey',
	method: 'POST',
	path: '/api/v1/cohorts/{id}/survey',
	summary:
		'Send the end-of-trajectory survey: every member not dropped, with an e-mail address and not invited before, gets a personal link in their language (outbox); sending again reaches only members added since. Results are in GET /api/v1/cohorts/{id}/report',
	tag: 'cohorts',
	auth: 'cohorts.manage',
	response: SendCohortSurveyResponse,
	errors: ['not_found', 'unauthenticated', 'forbidden']
});
