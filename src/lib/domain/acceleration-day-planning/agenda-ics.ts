/**
 * A whole agenda as one iCalendar file: one VEVENT per meeting, times in UTC (no
 * VTIMEZONE needed; Outlook, Google and Apple show them in the reader's zone), CRLF line
 * ends, lines folded at 75 octets, a stable UID per meeting so a re-sent agenda replaces
 * the earlier events (SEQUENCE raised with each published version).
 */
import { escapeText, foldLine, icsDate } from '../calendar/ics.ts';

export interface AgendaIcsEvent {
	/** Stable per meeting, e.g. `ad-<day>-<innovator>-<chancegiver>@sif`. */
	uid: string;
	start: Date;
	end: Date;
	summary: string;
	description?: string;
	location?: string;
}

export interface AgendaIcsInput {
	calendarName: string;
	stamp: Date;
	sequence: number;
	url?: string;
	events: readonly AgendaIcsEvent[];
}

export function buildAgendaIcs(input: AgendaIcsInput): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Social Innovation Factory//sif acceleration day//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(input.calendarName)}`
	];
	for (const event of input.events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${event.uid}`,
			`DTSTAMP:${icsDate(input.stamp)}`,
			`DTSTART:${icsDate(event.start)}`,
			`DTEND:${icsDate(event.end)}`,
			`SEQUENCE:${input.sequence}`,
			`SUMMARY:${escapeText(event.summary)}`
		);
		if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
		if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
		if (input.url) lines.push(`URL:${input.url}`);
		lines.push('STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
