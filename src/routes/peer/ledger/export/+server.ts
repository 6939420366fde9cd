import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/guard';
import { ledgerCsv } from '$lib/server/services/peer-network/peer-staff-views';

/** The whole ledger as CSV for the accountants (UTF-8 with BOM, `;`-separated). */
export const GET: RequestHandler = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'peerLedger.read');
	const csv = await ledgerCsv(locals.db, actor, locals.locale);
	const day = new Date().toISOString().slice(0, 10);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="sif-ledger-${day}.csv"`
		}
	});
};
