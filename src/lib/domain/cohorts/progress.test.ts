import { describe, expect, it } from 'vitest';
import { codeFromBytes, memberProgress, normaliseCode, percent } from './progress.ts';

const now = new Date('2030-06-20T00:00:00Z');
const sessions = [
	{ id: 'a', kind: 'masterclass', startsAt: new Date('2030-06-01T09:00:00Z') },
	{ id: 'b', kind: 'safari', startsAt: new Date('2030-06-10T09:00:00Z') },
	{ id: 'c', kind: 'safari', startsAt: new Date('2030-07-10T09:00:00Z') }
];

describe('memberProgress', () => {
	it('counts attended of held sessions per kind and is not done before every session', () => {
		const p = memberProgress(sessions, new Set(['a', 'b']), { requiredSessions: null, status: 'active', now });
		expect(p).toMatchObject({ held: 2, attended: 2, required: 3, done: false });
		expect(p.byKind).toEqual([
			{ kind: 'masterclass', held: 1, attended: 1 },
			{ kind: 'safari', held: 1, attended: 1 }
		]);
	});
	it('is done with the required number, or a staff mark; never when dropped', () => {
		expect(memberProgress(sessions, new Set(['a', 'b']), { requiredSessions: 2, status: 'active', now }).done).toBe(true);
		expect(memberProgress(sessions, new Set(['a', 'b']), { requiredSessions: 2, status: 'dropped', now }).done).toBe(false);
		expect(memberProgress(sessions, new Set(), { requiredSessions: null, status: 'completed', now }).done).toBe(true);
		expect(memberProgress([], new Set(), { requiredSessions: null, status: 'active', now }).done).toBe(false);
		const later = new Date('2030-08-01T00:00:00Z');
		expect(memberProgress(sessions, new Set(['a', 'b', 'c']), { requiredSessions: null, status: 'active', now: later }).done).toBe(true);
	});
});

describe('codes', () => {
	it('normalises typed codes and draws from an unambiguous alphabet', () => {
		expect(normaliseCode(' ab-c 2x9 ')).toBe('ABC2X9');
		expect(codeFromBytes(new Uint8Array([0, 1, 31, 32, 255, 8]))).toBe('AB9A9J');
		expect(percent(1, 3)).toBe(33);
		expect(percent(0, 0)).toBe(0);
	});
});
