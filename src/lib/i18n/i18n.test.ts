import { describe, expect, it } from 'vitest';
import { interpolate, negotiateLocale } from './core.ts';
import { translate, translator } from './index.ts';
import { formatDateTime } from './format.ts';

describe('i18n', () => {
	it('translates in all three languages, Dutch first', () => {
		expect(translate('nl', 'common.save')).toBe('Opslaan');
		expect(translate('fr', 'common.save')).toBe('Enregistrer');
		expect(translate('en', 'common.save')).toBe('Save');
		expect(translator('xx')('common.save')).toBe('Opslaan');
	});
	it('fills placeholders and leaves unknown ones visible', () => {
		expect(interpolate('{a} en {b}', { a: 1 })).toBe('1 en {b}');
		expect(translate('en', 'admin.inviteSent', { email: 'a@b.be' })).toBe('Invitation sent to a@b.be.');
	});
	it('negotiates the browser language', () => {
		expect(negotiateLocale('fr-BE,fr;q=0.9,en;q=0.5')).toBe('fr');
		expect(negotiateLocale('de-DE,en;q=0.7')).toBe('en');
		expect(negotiateLocale('de')).toBe('nl');
		expect(negotiateLocale(null)).toBe('nl');
	});
	it('shows times in Brussels time, Belgian formats', () => {
		// 12:30 UTC in winter is 13:30 in Brussels.
		expect(formatDateTime('nl', '2026-01-15T12:30:00Z')).toMatch(/^15\/01\/2026,? 13:30$/);
		expect(formatDateTime('fr', '2026-07-15T12:30:00Z')).toContain('14:30');
	});
});
