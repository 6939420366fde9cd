import { handleOperation } from '$lib/server/api/handle-operation';
import { listEngagementsOp } from '$lib/server/api/operations/intake';
import { listEngagements } from '$lib/server/services/engagements/list-engagements';

export const GET = handleOperation(listEngagementsOp, async ({ db, actor, query }) => {
	const items = await listEngagements(db, actor, { state: query.state });
	return {
		items: items.map((item) => ({
			id: item.id,
			person: item.person,
			initiative: item.initiative,
			state: item.state,
			version: item.version,
			openNeeds: item.openNeeds,
			lastContactAt: item.lastContactAt,
			plannedEndAt: item.plannedEndAt,
			nextAction: item.nextAction,
			flags: item.flags
		}))
	};
});
