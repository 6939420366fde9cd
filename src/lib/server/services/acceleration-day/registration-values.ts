/** The participant columns a registration sets, for either side. */
import type { z } from 'zod';
import type { RegistrationSchema } from '../../../schemas/acceleration-day.ts';

export function registrationValues(registration: z.output<typeof RegistrationSchema>) {
	if (registration.side === 'innovator') {
		return {
			question: registration.question,
			categories: registration.categories,
			themes: registration.themes,
			role: null,
			availableSlots: null,
			maxMeetings: null
		};
	}
	return {
		question: '',
		categories: registration.categories,
		themes: registration.themes,
		role: registration.role,
		availableSlots: registration.availableSlots.length ? [...new Set(registration.availableSlots)].sort((a, b) => a - b) : null,
		maxMeetings: registration.maxMeetings ?? null
	};
}
