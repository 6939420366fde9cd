import { handleOperation } from '$lib/server/api/handle-operation';
import { unlinkOrganisationMemberOp } from '$lib/server/api/operations/people';
import { unlinkOrganisationMember } from '$lib/server/services/people/organisations';

export const DELETE = handleOperation(unlinkOrganisationMemberOp, async ({ db, actor, params }) =>
	unlinkOrganisationMember(db, actor, params.id, params.personId)
);
