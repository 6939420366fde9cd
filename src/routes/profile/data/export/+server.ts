import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/guard';
import { exportPerson } from '$lib/server/services/people/export-person';
import { personOfUser } from '$lib/server/services/people/get-person';

/** The signed-in person's full data export (GDPR right of access), as a JSON download. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const actor = requireUser(locals, url);
	const mine = await personOfUser(locals.db, actor.userId);
	if (!mine) error(404, 'No directory record');
	const data = await exportPerson(locals.db, actor, mine.id, locals.locale);
	return new Response(JSON.stringify(data, null, 2), {
		headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': 'attachment; filename="my-data.json"' }
	});
};
