import { describe, expect, it } from 'vitest';
import { brusselsLocalInput, eventFromForm } from './event-form.ts';
import { EventInputSchema } from '../../../schemas/events.ts';

describe('eventFromForm', () => {
	it('turns workshop rows, checkboxes and Brussels times into a valid event', () => {
		const input = eventFromForm({
			title: 'System Shakers',
			type: 'system_shakers',
			startsAt: '2030-03-12T09:00',
			capacity: '300',
			published: 'on',
			registrationOpen: 'on',
			ask_diet: 'on',
			reminderHours: '',
			workshopId: ['', '', ''],
			workshopTitle: ['Pitchen', '', ''],
			workshopCapacity: ['40', '', '']
		});
		const parsed = EventInputSchema.parse(input);
		expect(parsed.capacity).toBe(300);
		expect(parsed.startsAt.toISOString()).toBe('2030-03-12T08:00:00.000Z');
		expect(parsed.workshops).toEqual([{ id: undefined, title: 'Pitchen', capacity: 40 }]);
		expect(parsed.questions.map((q) => q.key)).toEqual(['diet']);
		expect(parsed.questions[0].label.fr).toBe('Régime alimentaire');
		expect(parsed.reminderHours).toBeNull();
		expect(parsed.surveyOpen).toBe(false);
	});

	it('shows a stored time as Brussels wall-clock time (summer and winter)', () => {
		expect(brusselsLocalInput(new Date('2030-07-01T16:30:00Z'))).toBe('2030-07-01T18:30');
		expect(brusselsLocalInput(new Date('2030-01-01T16:30:00Z'))).toBe('2030-01-01T17:30');
	});
});
