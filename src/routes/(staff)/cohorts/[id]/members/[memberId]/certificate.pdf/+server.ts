import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/guard';
import { pageError } from '$lib/server/page-errors';
import { cohortCertificate } from '$lib/server/services/cohorts/certificate';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url);
	const pdf = await pageError(() => cohortCertificate(locals.db, actor, params.id, params.memberId, locals.locale));
	return new Response(pdf.bytes as BodyInit, {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${pdf.filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
