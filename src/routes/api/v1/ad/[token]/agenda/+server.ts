import { handleOperation } from '$lib/server/api/handle-operation';
import { getAdAgendaOp } from '$lib/server/api/operations/acceleration-day';
import { agendaByToken } from '$lib/server/services/acceleration-day/agenda';

export const GET = handleOperation(getAdAgendaOp, async ({ db, params, locale }) => (await agendaByToken(db, params.token, locale)).agenda);
