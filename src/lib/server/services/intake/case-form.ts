/**
 * Form helpers of the case pages: a conflict or a refused move gets a clear message in
 * the user's language; flat form fields become the services' inputs.
 */
import type { ActionFailure } from '@sveltejs/kit';
import { AppError } from '../../errors.ts';
import { formFailure, type FormFailure } from '../../forms.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { intakeQuestions } from '../../../schemas/intake.ts';

export function caseFailure(error: unknown, data: FormData, locale: Locale): ActionFailure<FormFailure> {
	if (error instanceof AppError && error.code === 'version_conflict') {
		return formFailure(new AppError('version_conflict', translate(locale, 'intake.versionConflict')), data, locale);
	}
	if (error instanceof AppError && error.code === 'invalid_state') {
		return formFailure(new AppError('invalid_state', translate(locale, 'intake.transitionRefused')), data, locale);
	}
	return formFailure(error, data, locale);
}

const str = (data: FormData, key: string) => String(data.get(key) ?? '').trim();

/** The record-intake form: answers per seed question, up to 3 needs, offers comma separated. */
export function recordIntakeFromForm(data: FormData, engagementId: string) {
	const needs = [0, 1, 2]
		.map((i) => ({ category: str(data, `needCategory${i}`), text: str(data, `needText${i}`) }))
		.filter((n) => n.category || n.text);
	return {
		engagementId,
		version: Number(str(data, 'version')),
		answers: Object.fromEntries(intakeQuestions.map((q) => [q, str(data, `q_${q}`)])),
		needs,
		offers: str(data, 'offers')
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean),
		outcome: str(data, 'outcome') as 'take_on',
		reason: str(data, 'reason'),
		referredTo: str(data, 'referredTo')
	};
}

/** `<input type="datetime-local">` gives Brussels wall-clock time without a zone. */
export function brusselsLocalToDate(value: string): Date | undefined {
	if (!value) return undefined;
	const naive = new Date(`${value.length === 16 ? `${value}:00` : value}Z`);
	if (Number.isNaN(naive.getTime())) return undefined;
	const offset = brusselsOffsetMinutes(naive);
	return new Date(naive.getTime() - offset * 60_000);
}

function brusselsOffsetMinutes(at: Date): number {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Europe/Brussels',
		timeZoneName: 'shortOffset'
	}).formatToParts(at);
	const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+1';
	const match = /GMT([+-])(\d+)(?::(\d+))?/.exec(name);
	if (!match) return 0;
	const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
	return match[1] === '-' ? -minutes : minutes;
}
