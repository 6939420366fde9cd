import { describe, expect, it } from 'vitest';
import { appErrorFromDatabase } from './database-errors.ts';
import { errorResponse } from '../api/respond.ts';

/** Errors as Drizzle wraps the drivers' errors: the SQLSTATE sits on the cause. */
const dbError = (code: string) => Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('pg'), { code }) });

describe('database errors caused by bad input', () => {
	it('maps a malformed id to 404 and refused values to 422, in the reader language', () => {
		expect(appErrorFromDatabase(dbError('22P02'))?.status).toBe(404);
		expect(appErrorFromDatabase(dbError('23514'))?.status).toBe(422);
		expect(appErrorFromDatabase(dbError('23503'), 'nl')?.message).toBe('Dit verwijst naar iets dat niet (meer) bestaat.');
		expect(appErrorFromDatabase(dbError('40P01'))?.code).toBe('conflict');
	});
	it('leaves real bugs alone (500)', async () => {
		expect(appErrorFromDatabase(dbError('42P01'))).toBeUndefined();
		expect(appErrorFromDatabase(new TypeError('x is undefined'))).toBeUndefined();
		const response = errorResponse(dbError('22P02'));
		expect(response.status).toBe(404);
		expect((await response.json()).error.code).toBe('not_found');
	});
});
