import { handleOperation } from '$lib/server/api/handle-operation';
import { linkOrganisationMemberOp } from '$lib/server/api/operations/people';
import { linkOrganisationMember } from '$lib/server/services/people/organisations';

export const POST = handleOperation(linkOrganisationMemberOp, async ({ db, actor, params, body, locale }) =>
	linkOrganisationMember(db, actor, params.id, body, locale)
);
