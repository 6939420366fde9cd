import { describe, expect, it } from 'vitest';
import { brusselsLocalToDate } from './case-form.ts';

describe('brusselsLocalToDate', () => {
	it('reads winter and summer wall-clock times in Brussels', () => {
		expect(brusselsLocalToDate('2026-12-01T09:30')?.toISOString()).toBe('2026-12-01T08:30:00.000Z');
		expect(brusselsLocalToDate('2026-07-01T09:30')?.toISOString()).toBe('2026-07-01T07:30:00.000Z');
	});
	it('gives undefined for empty or broken input', () => {
		expect(brusselsLocalToDate('')).toBeUndefined();
		expect(brusselsLocalToDate('tomorrow')).toBeUndefined();
	});
});
