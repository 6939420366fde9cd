/** The message for a one-time link that cannot be used, in the visitor's language. */
import { AppError } from './errors.ts';
import { translate } from '../i18n/index.ts';
import type { Locale } from '../i18n/core.ts';

export function linkProblem(error: unknown, locale: Locale): string | null {
	if (!(error instanceof AppError)) return null;
	if (error.code === 'link_used') return translate(locale, 'account.linkUsed');
	if (error.code === 'link_expired') return translate(locale, 'account.linkExpired');
	if (error.code === 'not_found') return translate(locale, 'account.linkInvalid');
	return null;
}
