import { handleOperation } from '$lib/server/api/handle-operation';
import { createPersonOp, searchPeopleOp } from '$lib/server/api/operations/people';
import { createPerson } from '$lib/server/services/people/create-person';
import { searchPeople } from '$lib/server/services/people/search-people';

export const POST = handleOperation(createPersonOp, async ({ db, actor, body, locale }) => createPerson(db, actor, body, locale));

export const GET = handleOperation(searchPeopleOp, async ({ db, actor, query, locale }) => searchPeople(db, actor, query, locale));
