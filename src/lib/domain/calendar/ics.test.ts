import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, icsDate } from './ics.ts';

const event = {
	uid: 'intake-1@sif',
	start: new Date('2026-12-01T09:30:00Z'),
	end: new Date('2026-12-01T10:30:00Z'),
	stamp: new Date('2026-11-23T10:00:00Z'),
	summary: 'Intake: Buurtkeuken, Gent',
	description: 'Line one\nLine two; with a semicolon',
	location: 'Vooruit, Gent',
	organizer: { name: 'An Staff', email: 'an@sif.be' },
	attendees: [{ name: 'Iris', email: 'iris@example.be' }],
	sequence: 2
};

describe('buildIcs', () => {
	const ics = buildIcs(event);
	it('writes a calendar with one event, CRLF line ends and a final CRLF', () => {
		expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
	});
	it('writes UTC times, uid, sequence and escaped text', () => {
		expect(ics).toContain('DTSTART:20261201T093000Z\r\n');
		expect(ics).toContain('DTEND:20261201T103000Z\r\n');
		expect(ics).toContain('UID:intake-1@sif\r\n');
		expect(ics).toContain('SEQUENCE:2\r\n');
		expect(ics).toContain('SUMMARY:Intake: Buurtkeuken\\, Gent\r\n');
		expect(ics).toContain('DESCRIPTION:Line one\\nLine two\\; with a semicolon\r\n');
		expect(ics).toContain('ORGANIZER;CN="An Staff":mailto:an@sif.be');
		expect(ics).toContain('METHOD:REQUEST');
	});
	it('cancels with METHOD:CANCEL and STATUS:CANCELLED', () => {
		const cancelled = buildIcs({ ...event, method: 'CANCEL' });
		expect(cancelled).toContain('METHOD:CANCEL\r\n');
		expect(cancelled).toContain('STATUS:CANCELLED\r\n');
	});
	it('keeps every line within 75 octets', () => {
		const long = buildIcs({ ...event, description: 'é'.repeat(200) });
		for (const line of long.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});
});

describe('parts', () => {
	it('formats dates as UTC basic format', () => {
		expect(icsDate(new Date('2026-01-02T03:04:05.678Z'))).toBe('20260102T030405Z');
	});
	it('escapes backslash, semicolon, comma and newlines', () => {
		expect(escapeText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne');
	});
	it('folds without splitting a multi-byte character and unfolds to the original', () => {
		const line = 'DESCRIPTION:' + '€'.repeat(40);
		const folded = foldLine(line);
		expect(folded).toContain('\r\n ');
		expect(folded.replace(/\r\n /g, '')).toBe(line);
	});
});
