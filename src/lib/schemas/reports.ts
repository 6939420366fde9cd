/** The shapes of the programme report's API answer (docs/decisions/075-programme-reports.md). */
import { z } from 'zod';
import { CohortSurveyResultsSchema, ProgrammeSurveyResultsSchema } from './cohort-survey.ts';

const TallySchema = z.array(z.object({ key: z.string().describe("helix or region key ('' = unknown), or a theme label"), n: z.number().int() }));

/** Who was reached: the same shape in the programme, cohort and event reports. */
export const ReachSchema = z.object({
	total: z.number().int(),
	linked: z.number().int().describe('linked to a directory record'),
	firstTime: z.number().int().describe('first-time contacts: no earlier engagement, live event registration, cohort membership or submitted application, and no directory record older than a day'),
	helix: TallySchema,
	regions: TallySchema,
	themes: TallySchema
});

const CountsSchema = z.object({
	drafts: z.number().int(),
	submitted: z.number().int().describe('every application past draft (decided ones included)'),
	accepted: z.number().int(),
	waitlisted: z.number().int(),
	rejected: z.number().int(),
	acceptanceRate: z.number().nullable().describe('accepted / submitted, null when nothing was submitted')
});

export const ProgrammeReportSchema = z.object({
	programme: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
	calls: z.array(
		CountsSchema.extend({
			id: z.string(),
			title: z.string(),
			opensAt: z.string(),
			closesAt: z.string(),
			state: z.enum(['upcoming', 'open', 'closed'])
		})
	),
	totals: CountsSchema,
	reach: z.object({ applicants: ReachSchema, accepted: ReachSchema }),
	cohorts: z.array(
		z.object({
			id: z.string(),
			name: z.string(),
			year: z.number().int(),
			members: z.number().int().describe('members not dropped'),
			completed: z.number().int(),
			sessionsHeld: z.number().int(),
			attendance: z.number().int().describe('present marks over held sessions × members not dropped, in %'),
			surveyResponses: z.number().int().describe('answers to the cohort survey (decision 079)'),
			surveyAverage: z.number().nullable().describe('mean rating 1–5 of those answers')
		})
	),
	survey: ProgrammeSurveyResultsSchema.describe("the surveys of the programme's cohorts, added up")
});

/** The cohort report (decision 079) with the shared reach (075). */
export const CohortReportSchema = z.object({
	cohort: z.looseObject({ id: z.string(), name: z.string(), kind: z.string(), year: z.number().int(), theme: z.string(), programmeId: z.string().nullable() }),
	sessions: z.array(
		z.object({
			id: z.string(),
			title: z.string(),
			kind: z.string(),
			startsAt: z.string(),
			held: z.boolean(),
			present: z.number().int(),
			of: z.number().int().describe('members not dropped'),
			rate: z.number().int().describe('%')
		})
	),
	members: z.array(
		z.object({ id: z.string(), displayName: z.string(), status: z.string(), attended: z.number().int(), held: z.number().int(), rate: z.number().int() })
	),
	overall: z.number().int().describe('present marks over held sessions × members not dropped, in %'),
	completed: z.number().int(),
	reach: ReachSchema,
	survey: CohortSurveyResultsSchema.describe('the end-of-trajectory survey (decision 079)')
});
