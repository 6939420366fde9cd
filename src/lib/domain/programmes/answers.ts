/**
 * Checking an application's answers against the call's questions (pure). A draft may be
 * incomplete but what it holds must fit (a choice among the options, a budget a number
 * ≥ 0); a submission must also answer every required question. File questions are
 * answered by uploading: their answer is the file name, set by the upload.
 */
export type QuestionKind = 'text' | 'long_text' | 'choice' | 'file' | 'budget';

export interface Question {
	key: string;
	kind: QuestionKind;
	options?: string[];
	required?: boolean;
}

export type AnswerProblem = 'required' | 'choice' | 'budget' | 'tooLong';

export interface CheckedAnswers {
	answers: Record<string, string | number>;
	problems: Record<string, AnswerProblem>;
}

const LIMITS: Record<'text' | 'long_text', number> = { text: 500, long_text: 10000 };

export function checkAnswers(
	questions: readonly Question[],
	raw: Record<string, unknown>,
	mode: 'draft' | 'submit'
): CheckedAnswers {
	const answers: Record<string, string | number> = {};
	const problems: Record<string, AnswerProblem> = {};
	for (const q of questions) {
		const value = raw[q.key];
		const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
		if (empty) {
			if (mode === 'submit' && q.required) problems[q.key] = 'required';
			continue;
		}
		if (q.kind === 'budget') {
			const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.').trim());
			if (!Number.isFinite(n) || n < 0) problems[q.key] = 'budget';
			else answers[q.key] = Math.round(n * 100) / 100;
			continue;
		}
		const text = String(value).trim();
		if (q.kind === 'choice') {
			if (!(q.options ?? []).includes(text)) problems[q.key] = 'choice';
			else answers[q.key] = text;
			continue;
		}
		if (q.kind === 'file') {
			answers[q.key] = text;
			continue;
		}
		if (text.length > LIMITS[q.kind]) problems[q.key] = 'tooLong';
		else answers[q.key] = text;
	}
	return { answers, problems };
}
