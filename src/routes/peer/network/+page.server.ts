import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { loadNetworkOverview } from '$lib/server/services/peer-network/peer-staff-views';
import { assignPeerGiver } from '$lib/server/services/peer-network/respond-peer-request';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'peerNetwork.manage');
	return { overview: await loadNetworkOverview(locals.db, actor, locals.locale) };
};

export const actions: Actions = {
	assign: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'peerNetwork.manage');
		const data = await request.formData();
		try {
			await assignPeerGiver(
				locals.db,
				actor,
				{ request: String(data.get('request') ?? ''), giver: String(data.get('giver') ?? '') },
				locals.locale
			);
			return { done: 'assigned' };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
