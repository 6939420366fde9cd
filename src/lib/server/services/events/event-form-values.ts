/** The staff form's starting values: empty for a new event, from the record when editing. */
import type { EventRow } from './event-records.ts';
import { brusselsLocalInput, EMPTY_WORKSHOP_ROWS } from './event-form.ts';

export function formValuesOf(event: EventRow | null, workshops: { id: string; title: string; capacity: number }[] = []) {
	const rows = workshops.map((w) => ({ id: w.id, title: w.title, capacity: String(w.capacity) }));
	while (rows.length < (event ? Math.max(1, rows.length) : EMPTY_WORKSHOP_ROWS)) rows.push({ id: '', title: '', capacity: '' });
	return {
		title: event?.title ?? '',
		slug: event?.slug ?? '',
		type: event?.type ?? 'other',
		description: event?.description ?? '',
		location: event?.location ?? '',
		startsAt: brusselsLocalInput(event?.startsAt),
		endsAt: brusselsLocalInput(event?.endsAt),
		capacity: event ? String(event.capacity) : '',
		published: event?.published ?? true,
		registrationOpen: event?.registrationOpen ?? true,
		surveyOpen: event?.surveyOpen ?? false,
		reminderHours: event ? (event.reminderHours === null ? '' : String(event.reminderHours)) : '24',
		askDiet: event ? event.questions.some((q) => q.key === 'diet') : true,
		askAccessibility: event ? event.questions.some((q) => q.key === 'accessibility') : true,
		version: event?.version,
		workshops: rows
	};
}
