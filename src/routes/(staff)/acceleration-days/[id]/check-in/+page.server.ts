import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formValues } from '$lib/server/forms';
import { checkInList, checkInParticipant, markNoShow } from '$lib/server/services/acceleration-day/day-of';
import { firstOpenSlot, refillDay } from '$lib/server/services/acceleration-day/publish';
import { loadBlocks, loadDay } from '$lib/server/services/acceleration-day/day-records';
import { pageError } from '$lib/server/page-errors';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'accelerationDay.checkIn');
	const q = url.searchParams.get('q') ?? '';
	const scanned = url.searchParams.get('p');
	const [day, blocks, list] = await pageError(() =>
		Promise.all([loadDay(locals.db, params.id, locals.locale), loadBlocks(locals.db, params.id), checkInList(locals.db, actor, { dayId: params.id, q })])
	);
	const everyone = scanned ? await checkInList(locals.db, actor, { dayId: params.id }) : null;
	return {
		day: { id: day.id, title: day.title, status: day.status },
		q,
		scanned: everyone?.people.find((p) => p.id === scanned) ?? null,
		list,
		slots: blocks.filter((b) => b.kind === 'meeting').map((b) => ({ number: b.slotNumber ?? 0, startsAt: b.startsAt })),
		firstOpen: firstOpenSlot(blocks, new Date())
	};
};

export const actions: Actions = {
	checkIn: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'accelerationDay.checkIn');
		const data = await request.formData();
		const v = formValues(data);
		try {
			await checkInParticipant(locals.db, actor, { dayId: params.id, participantId: v.participantId ?? '' }, locals.locale);
			return { checkedIn: v.name ?? '' };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	noShow: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'accelerationDay.checkIn');
		const data = await request.formData();
		const v = formValues(data);
		try {
			const result = await markNoShow(locals.db, actor, { dayId: params.id, participantId: v.participantId ?? '', noShow: v.noShow === 'true' }, locals.locale);
			return { noShow: result.noShow, name: v.name ?? '' };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	refill: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'accelerationDay.checkIn');
		const data = await request.formData();
		const v = formValues(data);
		try {
			return { refilled: await refillDay(locals.db, actor, { dayId: params.id, fromSlot: v.fromSlot === undefined ? undefined : Number(v.fromSlot) }, locals.locale) };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
