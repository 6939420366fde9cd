import { handleOperation } from '$lib/server/api/handle-operation';
import { readCallOp, updateCallOp } from '$lib/server/api/operations/programmes';
import { callState, readCall, updateCall } from '$lib/server/services/programmes/manage-programmes';

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

export const PUT = handleOperation(updateCallOp, async ({ db, actor, params, body, locale }) => {
	const { version, ...input } = body;
	return updateCall(db, actor, params.id, input, version, locale);
});
