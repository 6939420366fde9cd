/**
 * The staff call builder form → CallInput: the text areas are parsed (domain/call-form.ts)
 * and any error on a question or criterion is shown next to its text area.
 */
import { ValidationError, type FieldErrors } from '../../errors.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { parseCriteria, parseQuestions } from '../../../domain/programmes/call-form.ts';
import type { CallInput } from '../../../schemas/programmes.ts';

export function callFromForm(form: Record<string, string | string[]>, locale: Locale): CallInput {
	const one = (key: string) => {
		const v = form[key];
		return (Array.isArray(v) ? v[0] : (v ?? '')).trim();
	};
	const q = parseQuestions(one('questions'));
	const c = parseCriteria(one('criteria'));
	const fields: FieldErrors = {};
	if (q.badLines.length) fields.questions = q.badLines.map((n) => translate(locale, 'programmes.lineInvalid', { n }));
	if (c.badLines.length) fields.criteria = c.badLines.map((n) => translate(locale, 'programmes.lineInvalid', { n }));
	if (Object.keys(fields).length) throw new ValidationError(fields);
	return {
		title: one('title'),
		description: one('description'),
		opensAt: one('opensAt'),
		closesAt: one('closesAt'),
		blind: one('blind') === 'on',
		questions: q.questions as CallInput['questions'],
		criteria: c.criteria
	};
}

/** Folds `questions.2.key` errors into `questions` (with the line number) so the form shows them. */
export function foldCallErrors(error: unknown): unknown {
	if (!(error instanceof ValidationError)) return error;
	const fields: FieldErrors = {};
	for (const [path, messages] of Object.entries(error.fieldErrors)) {
		const m = /^(questions|criteria)\.(\d+)/.exec(path);
		const key = m ? m[1] : path;
		const prefix = m ? `#${Number(m[2]) + 1}: ` : '';
		(fields[key] ??= []).push(...messages.map((msg) => prefix + msg));
	}
	return new ValidationError(fields);
}
