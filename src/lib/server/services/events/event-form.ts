/**
 * The staff event form ↔ EventInput: repeated workshop rows keep their ids, the two usual
 * questions (diet, accessibility) are checkboxes, other questions set through the API are
 * kept as they are.
 */
import type { EventQuestion } from '../../db/schema/events.ts';
import type { EventInput } from '../../../schemas/events.ts';
import { translate } from '../../../i18n/index.ts';

export const STANDARD_QUESTIONS = ['diet', 'accessibility'] as const;
export const EMPTY_WORKSHOP_ROWS = 3;

const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

export function standardQuestion(key: (typeof STANDARD_QUESTIONS)[number]): EventQuestion {
	const messageKey = key === 'diet' ? 'events.questionDiet' : 'events.questionAccessibility';
	return {
		key,
		kind: 'text',
		required: false,
		label: { nl: translate('nl', messageKey), fr: translate('fr', messageKey), en: translate('en', messageKey) }
	};
}

export function eventFromForm(form: Record<string, string | string[]>, existingQuestions: EventQuestion[] = []): EventInput {
	const one = (key: string) => {
		const v = form[key];
		return (Array.isArray(v) ? v[0] : v ?? '').trim();
	};
	const ids = list(form.workshopId);
	const titles = list(form.workshopTitle);
	const capacities = list(form.workshopCapacity);
	const workshops = titles
		.map((title, i) => ({ id: ids[i] || undefined, title: title.trim(), capacity: capacities[i]?.trim() ?? '' }))
		.filter((w) => w.title || w.capacity)
		.map((w) => ({ id: w.id, title: w.title, capacity: w.capacity as unknown as number }));
	const questions = [
		...STANDARD_QUESTIONS.filter((key) => one(`ask_${key}`) === 'on').map(
			(key) => existingQuestions.find((q) => q.key === key) ?? standardQuestion(key)
		),
		...existingQuestions.filter((q) => !(STANDARD_QUESTIONS as readonly string[]).includes(q.key))
	];
	const reminder = one('reminderHours');
	return {
		title: one('title'),
		slug: one('slug') || undefined,
		type: (one('type') || 'other') as EventInput['type'],
		description: one('description'),
		location: one('location'),
		startsAt: one('startsAt'),
		endsAt: one('endsAt') || undefined,
		capacity: one('capacity') as unknown as number,
		published: one('published') === 'on',
		registrationOpen: one('registrationOpen') === 'on',
		surveyOpen: one('surveyOpen') === 'on',
		reminderHours: reminder ? (reminder as unknown as number) : null,
		questions,
		workshops
	};
}

/** A Date as the value of a datetime-local input, in Brussels wall-clock time. */
export function brusselsLocalInput(value: Date | null | undefined): string {
	if (!value) return '';
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone: 'Europe/Brussels',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		})
			.formatToParts(value)
			.map((p) => [p.type, p.value])
	);
	return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
