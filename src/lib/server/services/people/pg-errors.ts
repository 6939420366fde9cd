/** PostgreSQL error codes as both drivers report them (PGlite and node-postgres, wrapped by Drizzle or not). */
export function pgErrorCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 4 && current; depth++) {
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}

export const isUniqueViolation = (error: unknown) => pgErrorCode(error) === '23505';
export const isForeignKeyViolation = (error: unknown) => pgErrorCode(error) === '23503';

/** The constraint a unique violation names, when the driver says. */
export function violatedConstraint(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 4 && current; depth++) {
		const name = (current as { constraint?: unknown }).constraint;
		if (typeof name === 'string') return name;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}
