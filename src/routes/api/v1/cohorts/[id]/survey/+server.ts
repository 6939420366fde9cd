import { handleOperation } from '$lib/server/api/handle-operation';
import { sendCohortSurveyOp } from '$lib/server/api/operations/cohort-survey';
import { sendCohortSurvey } from '$lib/server/services/cohorts/cohort-survey';

export const POST = handleOperation(sendCohortSurveyOp, async ({ db, actor, params, locale }) => sendCohortSurvey(db, actor, params.id, locale));
