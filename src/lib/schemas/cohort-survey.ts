/** zod schemas of the cohort survey (end-of-trajectory feedback, decision 079). */
import { z } from 'zod';

const yesNo = (v: unknown) => (v === 'yes' || v === 'true' ? true : v === 'no' || v === 'false' ? false : v === '' ? undefined : v);
const list = (v: unknown) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]);

/** A member's answer: through the public page (form fields) or as JSON. */
export const CohortSurveyAnswerSchema = z.object({
	rating: z.coerce
		.number({ error: 'cohorts.surveyRatingInvalid' })
		.int('cohorts.surveyRatingInvalid')
		.min(1, 'cohorts.surveyRatingInvalid')
		.max(5, 'cohorts.surveyRatingInvalid'),
	wouldRecommend: z.preprocess(yesNo, z.boolean({ error: 'cohorts.surveyRecommendRequired' })),
	helpfulSessionIds: z.preprocess(list, z.array(z.uuid({ error: 'cohorts.surveySessionInvalid' })).max(100)),
	comment: z.string().trim().max(4000).default('')
});
export type CohortSurveyAnswer = z.input<typeof CohortSurveyAnswerSchema>;

export const SendCohortSurveyResponse = z.object({
	sent: z.number().int().describe('members e-mailed now (not dropped, with an address, not invited before)'),
	alreadyInvited: z.number().int().describe('members who got the survey earlier (not e-mailed again)'),
	withoutEmail: z.array(z.string()).describe('members without an e-mail address (reach them another way)')
});

/** The survey part of the cohort report (and, summed over cohorts, of the programme report). */
export const CohortSurveyResultsSchema = z.object({
	invited: z.number().int(),
	responses: z.number().int(),
	average: z.number().nullable().describe('mean rating 1–5, null without responses'),
	ratings: z.array(z.object({ rating: z.number().int(), n: z.number().int() })),
	recommendYes: z.number().int(),
	recommendNo: z.number().int(),
	helpfulSessions: z.array(z.object({ id: z.string(), title: z.string(), n: z.number().int() })).describe('per session of the cohort, how many answers chose it'),
	comments: z.array(z.string())
});

export const ProgrammeSurveyResultsSchema = CohortSurveyResultsSchema.omit({ helpfulSessions: true, comments: true }).extend({
	comments: z.array(z.object({ cohort: z.string(), text: z.string() }))
});
