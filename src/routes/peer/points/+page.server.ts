import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { loadMyPoints } from '$lib/server/services/peer-network/peer-views';
import { balanceSteps, stepChart } from '$lib/domain/peer-network/balance-chart';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'peerNetwork.participate');
	const points = await loadMyPoints(locals.db, actor, locals.locale);
	const now = Date.now();
	const steps = balanceSteps(points.entries);
	return {
		...points,
		chart: stepChart(steps, points.room.floor, now),
		chartStart: steps.length ? new Date(steps[0].at) : null,
		chartEnd: new Date(now)
	};
};
