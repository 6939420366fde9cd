import { handleOperation } from '$lib/server/api/handle-operation';
import { readCohortMemberProgressOp } from '$lib/server/api/operations/cohorts';
import { readMemberProgress } from '$lib/server/services/cohorts/read-cohorts';

export const GET = handleOperation(readCohortMemberProgressOp, async ({ db, actor, params, locale }) => {
	const view = await readMemberProgress(db, actor, params.id, params.memberId, locale);
	return {
		cohort: view.cohort,
		member: { id: view.member.id, personId: view.member.personId, displayName: view.member.displayName, status: view.member.status },
		progress: view.progress,
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		sessions: view.sessions.map(({ checkInCode, ...s }) => s)
	};
});
