/**
 * Database errors that bad input can cause, as AppErrors with the right status instead of
 * a 500: an id that is not a uuid (22P02) is simply not found; a value a constraint
 * refuses is a validation failure; a lost race is a conflict the caller may retry.
 * Used by the JSON API (respond.ts) and form actions (forms.ts); real bugs stay 500.
 */
import { AppError, type ErrorCode } from '../errors.ts';
import { translate, type MessageKey } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/core.ts';
import { pgErrorCode } from '../services/people/pg-errors.ts';

const byPgCode: Record<string, [ErrorCode, MessageKey]> = {
	'22P02': ['not_found', 'common.dbNotFound'], // invalid_text_representation: 'abc' for a uuid column
	'22001': ['validation_failed', 'common.dbInvalidValue'], // string too long
	'22003': ['validation_failed', 'common.dbInvalidValue'], // numeric value out of range
	'22007': ['validation_failed', 'common.dbInvalidValue'], // invalid datetime format
	'22008': ['validation_failed', 'common.dbInvalidValue'], // datetime field overflow
	'23502': ['validation_failed', 'common.dbInvalidValue'], // not null violation
	'23514': ['validation_failed', 'common.dbInvalidValue'], // check violation
	'23503': ['validation_failed', 'common.dbMissingReference'], // foreign key violation
	'23505': ['conflict', 'common.dbDuplicate'], // unique violation
	'40001': ['conflict', 'common.dbRace'], // serialization failure
	'40P01': ['conflict', 'common.dbRace'] // deadlock detected
};

export function appErrorFromDatabase(error: unknown, locale: Locale = 'en'): AppError | undefined {
	const code = pgErrorCode(error);
	const known = code ? byPgCode[code] : undefined;
	if (!known) return undefined;
	return new AppError(known[0], translate(locale, known[1]), { databaseCode: code });
}
