/**
 * Validation with zod: field errors keyed by path, with messages in the user's language.
 * A schema may use an i18n key ('common.fieldRequired') as its message; it is translated
 * here. Other messages come from zod's own locale for nl, fr or en.
 */
import { z } from 'zod';
import { ValidationError, type FieldErrors } from './errors.ts';
import { hasMessage, translate } from '../i18n/index.ts';
import { defaultLocale, type Locale } from '../i18n/core.ts';

const zodLocales = { nl: z.locales.nl(), fr: z.locales.fr(), en: z.locales.en() };

export function fieldErrorsOf(error: z.ZodError, locale: Locale): FieldErrors {
	const fields: FieldErrors = {};
	for (const issue of error.issues) {
		const path = issue.path.map(String).join('.') || '_';
		const message = hasMessage(issue.message) ? translate(locale, issue.message) : issue.message;
		(fields[path] ??= []).push(message);
	}
	return fields;
}

/** Parses or throws a ValidationError (422 in the API, messages next to fields in forms). */
export function parseInput<S extends z.ZodType>(
	schema: S,
	input: unknown,
	locale: Locale = defaultLocale
): z.output<S> {
	const result = schema.safeParse(input, { error: zodLocales[locale].localeError });
	if (!result.success) throw new ValidationError(fieldErrorsOf(result.error, locale));
	return result.data;
}
