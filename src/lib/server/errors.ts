/**
 * AppError carries a stable code; one map turns codes into HTTP statuses. Services throw
 * AppErrors; routes, API endpoints and CLI commands present them.
 */
export type ErrorCode =
	| 'bad_request'
	| 'invalid_json'
	| 'validation_failed'
	| 'payload_too_large'
	| 'unauthenticated'
	| 'forbidden'
	| 'not_found'
	| 'conflict'
	| 'duplicate_email'
	| 'version_conflict'
	| 'link_used'
	| 'link_expired'
	| 'credit_floor'
	| 'invalid_state'
	| 'too_early'
	| 'unprocessable'
	| 'rate_limited'
	| 'setup_done'
	| 'invalid_credentials'
	| 'internal';

const statusByCode: Record<ErrorCode, number> = {
	bad_request: 400,
	invalid_json: 400,
	validation_failed: 422,
	payload_too_large: 413,
	unauthenticated: 401,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	duplicate_email: 409,
	version_conflict: 409,
	link_used: 410,
	link_expired: 410,
	credit_floor: 409,
	invalid_state: 409,
	too_early: 409,
	unprocessable: 422,
	rate_limited: 429,
	setup_done: 409,
	invalid_credentials: 401,
	internal: 500
};

export class AppError extends Error {
	constructor(
		readonly code: ErrorCode,
		message: string,
		readonly details?: unknown
	) {
		super(message);
		this.name = 'AppError';
	}

	get status(): number {
		return statusByCode[this.code];
	}
}

export function httpStatusOf(code: ErrorCode): number {
	return statusByCode[code];
}

/** Field errors, keyed by dotted path: what a form shows next to each field. */
export type FieldErrors = Record<string, string[]>;

export class ValidationError extends AppError {
	constructor(
		readonly fieldErrors: FieldErrors,
		message = 'Some fields are not valid'
	) {
		super('validation_failed', message, { fields: fieldErrors });
	}
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') =>
	new AppError('forbidden', message);
