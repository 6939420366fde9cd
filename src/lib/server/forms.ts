/**
 * Form actions: run a service and turn its errors into `fail(...)` data that the page
 * shows next to each field, in the user's language. Values come back (never passwords)
 * so nothing typed is lost.
 */
import { fail, type ActionFailure } from '@sveltejs/kit';
import { AppError, ValidationError, type FieldErrors } from './errors.ts';
import { appErrorFromDatabase } from './db/database-errors.ts';
import { translate } from '../i18n/index.ts';
import type { Locale } from '../i18n/core.ts';

export interface FormFailure {
	message: string;
	errors: FieldErrors;
	values: Record<string, string>;
}

const SECRET = /password|token/i;

export function formValues(data: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of data.entries()) {
		if (typeof value === 'string' && !SECRET.test(key)) values[key] = value;
	}
	return values;
}

/** Maps an error to a form failure; rethrows what is not an AppError (a real bug). */
export function formFailure(raised: unknown, data: FormData, locale: Locale): ActionFailure<FormFailure> {
	const values = formValues(data);
	const error = raised instanceof AppError ? raised : (appErrorFromDatabase(raised, locale) ?? raised);
	if (error instanceof ValidationError) {
		return fail(422, { message: translate(locale, 'common.formHasErrors'), errors: error.fieldErrors, values });
	}
	if (error instanceof AppError) {
		const fields = (error.details as { fields?: FieldErrors } | undefined)?.fields ?? {};
		return fail(error.status, { message: error.message, errors: fields, values });
	}
	throw error;
}

/** FormData as a plain object of strings (repeated keys become arrays). */
export function formObject(data: FormData): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const key of new Set(data.keys())) {
		const all = data.getAll(key).filter((v): v is string => typeof v === 'string');
		out[key] = all.length > 1 ? all : (all[0] ?? '');
	}
	return out;
}
