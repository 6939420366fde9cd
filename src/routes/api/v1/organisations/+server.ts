import { handleOperation } from '$lib/server/api/handle-operation';
import { createOrganisationOp, listOrganisationsOp } from '$lib/server/api/operations/people';
import { createOrganisation, listOrganisations } from '$lib/server/services/people/organisations';

export const GET = handleOperation(listOrganisationsOp, async ({ db, actor, query, locale }) => listOrganisations(db, actor, query, locale));

export const POST = handleOperation(createOrganisationOp, async ({ db, actor, body, locale }) => createOrganisation(db, actor, body, locale));
