import { handleOperation } from '$lib/server/api/handle-operation';
import { getOrganisationOp, updateOrganisationOp } from '$lib/server/api/operations/people';
import { getOrganisation, updateOrganisation } from '$lib/server/services/people/organisations';

export const GET = handleOperation(getOrganisationOp, async ({ db, actor, params }) => getOrganisation(db, actor, params.id));

export const PATCH = handleOperation(updateOrganisationOp, async ({ db, actor, params, body, locale }) =>
	updateOrganisation(db, actor, params.id, body, locale)
);
