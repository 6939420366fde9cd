/** Dates, times and numbers in Belgian formats, always in Europe/Brussels time. */
import type { Locale } from './core.ts';

export const timeZone = 'Europe/Brussels';
const tag = (locale: Locale) => `${locale}-BE`;

export function formatDate(locale: Locale, value: Date | string | null | undefined): string {
	if (!value) return '';
	return new Intl.DateTimeFormat(tag(locale), { timeZone, dateStyle: 'medium' }).format(new Date(value));
}

export function formatDateTime(locale: Locale, value: Date | string | null | undefined): string {
	if (!value) return '';
	return new Intl.DateTimeFormat(tag(locale), {
		timeZone,
		dateStyle: 'short',
		timeStyle: 'short'
	}).format(new Date(value));
}

export function formatTime(locale: Locale, value: Date | string | null | undefined): string {
	if (!value) return '';
	return new Intl.DateTimeFormat(tag(locale), { timeZone, timeStyle: 'short' }).format(new Date(value));
}

export function formatNumber(locale: Locale, value: number): string {
	return new Intl.NumberFormat(tag(locale)).format(value);
}
