/** Presents a service's AppError on the command line with the contract's exit codes. */
import { AppError, ValidationError } from '../lib/server/errors.ts';
import { CliFailure, CliUsageError } from './framework.ts';

export function cliErrorFrom(error: unknown): Error {
	if (error instanceof ValidationError) {
		const first = Object.entries(error.fieldErrors)[0];
		return new CliUsageError(first ? `--${first[0]}: ${first[1][0]}` : error.message);
	}
	if (error instanceof AppError) {
		return error.status >= 400 && error.status < 500 && error.code !== 'not_found'
			? new CliUsageError(error.message)
			: new CliFailure(error.message);
	}
	return error as Error;
}
