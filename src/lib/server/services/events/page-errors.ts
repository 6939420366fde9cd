/** Pages: an AppError from a read (unknown id, …) becomes the error page with its status. */
import { error } from '@sveltejs/kit';
import { AppError } from '../../errors.ts';

export async function pageError<T>(read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (e) {
		if (e instanceof AppError) error(e.status, e.message);
		throw e;
	}
}
