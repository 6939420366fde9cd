/** JSON shapes of the review API (dates as ISO strings), from the services' rows. */
import type { ReviewMeetingView } from './read-review-meeting.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentMeetingSummary(m: { id: string; heldOn: string; openedAt: Date; closedAt: Date | null; items: number; discussed: number }) {
	return { id: m.id, heldOn: m.heldOn, openedAt: m.openedAt.toISOString(), closedAt: iso(m.closedAt), items: Number(m.items), discussed: Number(m.discussed) };
}

export function presentMeeting(view: ReviewMeetingView) {
	const { meeting } = view;
	return {
		id: meeting.id,
		heldOn: meeting.heldOn,
		openedAt: meeting.openedAt.toISOString(),
		closedAt: iso(meeting.closedAt),
		items: view.items.map((item) => ({
			id: item.id,
			position: item.position,
			status: item.status,
			carriedOver: item.carriedFromId !== null,
			version: item.version,
			advice: item.advice,
			engagement: {
				id: item.case.id,
				person: item.case.person,
				initiative: item.case.initiative,
				state: item.case.state,
				version: item.case.version,
				openNeeds: item.case.openNeeds,
				lastContactAt: item.case.lastContactAt,
				plannedEndAt: item.case.plannedEndAt,
				nextAction: item.case.nextAction,
				flags: item.case.flags
			},
			actions: item.actions.map((a) => ({ id: a.id, description: a.description, ownerUserId: a.ownerUserId, dueOn: a.dueOn, done: a.doneAt !== null })),
			introductions: item.introductions.map((i) => ({ id: i.id, status: i.status, otherName: i.otherName }))
		}))
	};
}
