import { handleOperation } from '$lib/server/api/handle-operation';
import { createProgrammeOp, listProgrammesOp } from '$lib/server/api/operations/programmes';
import { createProgramme, listProgrammes } from '$lib/server/services/programmes/manage-programmes';

export const POST = handleOperation(createProgrammeOp, async ({ db, actor, body, locale }) => createProgramme(db, actor, body, locale));

export const GET = handleOperation(listProgrammesOp, async ({ db, actor }) => ({
	programmes: (await listProgrammes(db, actor)).map((p) => ({
		id: p.id,
		name: p.name,
		kind: p.kind as 'startup_club' | 'scalers_club' | 'thematic_track',
		description: p.description,
		calls: p.calls
	}))
}));
