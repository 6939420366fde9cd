/** The JSON error shape of the contract: {"error":{"code","message","details"}}. */
import { AppError } from '../errors.ts';
import { appErrorFromDatabase } from '../db/database-errors.ts';

export function jsonResponse(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(data), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', ...headers }
	});
}

export function errorResponse(raised: unknown): Response {
	const error = raised instanceof AppError ? raised : (appErrorFromDatabase(raised) ?? raised);
	if (error instanceof AppError) {
		const headers: Record<string, string> = {};
		const retry = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
		if (error.code === 'rate_limited' && retry) headers['retry-after'] = String(retry);
		return jsonResponse(
			{ error: { code: error.code, message: error.message, details: error.details ?? null } },
			error.status,
			headers
		);
	}
	console.error('Unexpected error in the API', error);
	return jsonResponse(
		{ error: { code: 'internal', message: 'Internal error', details: null } },
		500
	);
}
