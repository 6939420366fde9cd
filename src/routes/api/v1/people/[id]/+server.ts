import { handleOperation } from '$lib/server/api/handle-operation';
import { getPersonOp, updatePersonOp } from '$lib/server/api/operations/people';
import { getPerson } from '$lib/server/services/people/get-person';
import { updatePerson } from '$lib/server/services/people/update-person';

export const GET = handleOperation(getPersonOp, async ({ db, actor, params, locale }) => getPerson(db, actor, params.id, locale));

export const PATCH = handleOperation(updatePersonOp, async ({ db, actor, params, body, locale }) =>
	updatePerson(db, actor, params.id, body, locale)
);
