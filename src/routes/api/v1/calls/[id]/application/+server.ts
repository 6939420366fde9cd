import { handleOperation } from '$lib/server/api/handle-operation';
import { readMyApplicationOp, saveApplicationOp } from '$lib/server/api/operations/programmes';
import { readMyApplication, saveApplication } from '$lib/server/services/programmes/applications';

type Status = 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected';

export const GET = handleOperation(readMyApplicationOp, async ({ db, actor, params }) => {
	const mine = await readMyApplication(db, actor, params.id);
	if (!mine) return { application: null };
	const a = mine.application;
	return {
		application: {
			id: a.id,
			status: a.status as Status,
			answers: a.answers,
			submittedAt: a.submittedAt?.toISOString() ?? null,
			decisionNote: a.decisionNote,
			files: mine.files.map((f) => ({ id: f.id, questionKey: f.questionKey, filename: f.filename, size: f.size }))
		}
	};
});

export const PUT = handleOperation(saveApplicationOp, async ({ db, actor, params, body, locale }) => {
	const r = await saveApplication(db, actor, params.id, body.answers, locale, { submit: body.submit });
	return { id: r.id, status: r.status as Status, version: r.version };
});
