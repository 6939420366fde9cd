import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/guard';
import { AppError } from '$lib/server/errors';
import { exportPerson } from '$lib/server/services/people/export-person';

/** The person's data as a JSON download (staff, or the person themself). */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url);
	try {
		const data = await exportPerson(locals.db, actor, params.id, locals.locale);
		return new Response(JSON.stringify(data, null, 2), {
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="person-${params.id}.json"`
			}
		});
	} catch (e) {
		if (e instanceof AppError) error(e.status, e.message);
		throw e;
	}
};
