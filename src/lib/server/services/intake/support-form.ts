/** The public form's flat fields → the API's nested support request (one shape for both). */
import type { SupportRequestInput } from '../../../schemas/intake.ts';

export const NEED_ROWS = 3;

export function supportRequestFromForm(form: Record<string, string | string[]>): SupportRequestInput {
	const one = (key: string) => {
		const value = form[key];
		return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
	};
	const many = (key: string) => {
		const value = form[key];
		return (Array.isArray(value) ? value : value ? [value] : []).map((v) => v.trim()).filter(Boolean);
	};
	const freeThemes = one('otherThemes')
		.split(',')
		.map((word) => word.trim())
		.filter(Boolean);
	const needs: { category: string; text: string }[] = [];
	for (let i = 0; i < NEED_ROWS; i++) {
		const category = one(`needCategory${i}`);
		const text = one(`needText${i}`);
		if (category || text) needs.push({ category, text });
	}
	return {
		name: one('name'),
		email: one('email'),
		language: (one('language') || 'nl') as 'nl',
		phone: one('phone') || undefined,
		initiative: {
			title: one('title'),
			societalNeed: one('societalNeed'),
			targetGroup: one('targetGroup'),
			themes: [...many('themes'), ...freeThemes],
			stage: one('stage') as 'idea',
			organisation: one('organisation') || undefined
		},
		needs,
		message: one('message') || undefined
	};
}
