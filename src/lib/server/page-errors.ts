/**
 * Page loads: an AppError from a read (unknown id, no right to see it) or a database error
 * caused by a malformed id becomes the error page with its status (404, 403, …) instead
 * of a 500. Form actions use `formFailure` (forms.ts) for the same mapping.
 */
import { error } from '@sveltejs/kit';
import { AppError } from './errors.ts';
import { appErrorFromDatabase } from './db/database-errors.ts';

export async function pageError<T>(read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (raised) {
		const e = raised instanceof AppError ? raised : appErrorFromDatabase(raised);
		if (e) error(e.status, e.message);
		throw raised;
	}
}
