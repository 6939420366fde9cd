/** Form fields (strings) to service inputs: the day form and the registration fields. */
import type { AccelerationDayInput, RegistrationInput } from '../../../schemas/acceleration-day.ts';

type FormObject = Record<string, string | string[]>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).filter((x) => x !== '');

export function dayFromForm(form: FormObject): AccelerationDayInput {
	return {
		title: one(form.title),
		date: one(form.date),
		venue: one(form.venue),
		format: one(form.format) as 'xl' | 'small',
		seatsPerTable: one(form.seatsPerTable) as unknown as number,
		tableNames: one(form.tableNames)
			.split(/\r?\n/)
			.map((s) => s.trim())
			.filter(Boolean),
		start: one(form.start),
		slotCount: one(form.slotCount) as unknown as number,
		slotMinutes: one(form.slotMinutes) as unknown as number,
		gapMinutes: (one(form.gapMinutes) || 0) as unknown as number,
		pitchMinutes: (one(form.pitchMinutes) || 0) as unknown as number,
		breakAfter: (one(form.breakAfter) || 0) as unknown as number,
		breakMinutes: (one(form.breakMinutes) || 0) as unknown as number,
		minMeetingsPerInnovator: (one(form.minMeetingsPerInnovator) || 0) as unknown as number,
		minFundersPerInnovator: (one(form.minFundersPerInnovator) || 0) as unknown as number,
		solveSeconds: (one(form.solveSeconds) || 5) as unknown as number
	};
}

export function registrationFromForm(side: 'innovator' | 'chancegiver', form: FormObject): RegistrationInput {
	if (side === 'innovator') {
		return { side, question: one(form.question), categories: many(form.categories), themes: many(form.themes) };
	}
	const max = one(form.maxMeetings);
	return {
		side,
		role: one(form.role) as 'funder',
		categories: many(form.categories),
		themes: many(form.themes),
		availableSlots: many(form.availableSlots).map(Number),
		...(max ? { maxMeetings: Number(max) } : {})
	};
}
