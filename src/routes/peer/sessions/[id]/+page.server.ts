import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formObject } from '$lib/server/forms';
import {
	completePeerSessionAsStaff,
	confirmPeerSession,
	givePeerFeedback,
	loadPeerSessionView,
	savePreparationNote
} from '$lib/server/services/peer-network/peer-sessions';
import { AppError } from '$lib/server/errors';
import { error } from '@sveltejs/kit';
import { callOffPeerSession } from '$lib/server/services/peer-network/call-off-peer-session';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'peerNetwork.participate');
	try {
		return { session: await loadPeerSessionView(locals.db, actor, params.id) };
	} catch (e) {
		if (e instanceof AppError && e.code === 'not_found') error(404, e.message);
		throw e;
	}
};

const text = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : (v ?? ''));

export const actions: Actions = {
	callOff: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'peerNetwork.participate');
		const data = await request.formData();
		try {
			await callOffPeerSession(locals.db, actor, { session: params.id, reason: String(data.get('reason') ?? '') }, locals.locale);
			return { done: 'calledOff' };
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
	},
	prepare: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'peerNetwork.participate');
		const data = await request.formData();
		const input = formObject(data);
		try {
			await savePreparationNote(
				locals.db,
				actor,
				{ session: params.id, question: text(input.question), business: text(input.business), methods: text(input.methods) },
				locals.locale
			);
			return { done: 'prepared' };
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
	},
	confirm: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'peerNetwork.participate');
		const data = await request.formData();
		try {
			const result = await confirmPeerSession(locals.db, actor, { session: params.id }, locals.locale);
			return { done: result.status === 'completed' ? 'completed' : 'confirmed' };
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
	},
	complete: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'peerNetwork.manage');
		const data = await request.formData();
		try {
			await completePeerSessionAsStaff(locals.db, actor, { session: params.id }, locals.locale);
			return { done: 'completed' };
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
	},
	feedback: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'peerNetwork.participate');
		const data = await request.formData();
		const input = formObject(data);
		try {
			await givePeerFeedback(locals.db, actor, { session: params.id, rating: text(input.rating), comment: text(input.comment) }, locals.locale);
			return { done: 'rated' };
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
	}
};
