import { handleOperation } from '$lib/server/api/handle-operation';
import { readCallOp } from '$lib/server/api/operations/programmes';
import { callState, readCall } from '$lib/server/services/programmes/manage-programmes';

export const GET = handleOperation(readCallOp, async ({ db, actor, params }) => {
	const { call, programme } = await readCall(db, actor, params.id);
	return {
		id: call.id,
		programmeId: programme.id,
		programmeName: programme.name,
		title: call.title,
		description: call.description,
		opensAt: call.opensAt.toISOString(),
		closesAt: call.closesAt.toISOString(),
		state: callState(call),
		blind: call.blind,
		questions: call.questions,
		criteria: call.criteria,
		version: call.version
	};
});
