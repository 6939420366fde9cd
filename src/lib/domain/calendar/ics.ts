/**
 * A small RFC 5545 iCalendar builder (pure): one VEVENT per file, as invitations need.
 * Times are written in UTC (`…Z`), so no VTIMEZONE is needed and every client shows them
 * in its own zone. Text is escaped (\\ ; , newline) and lines are folded at 75 octets
 * with CRLF line ends, as the RFC requires.
 */
export interface IcsEvent {
	/** Globally unique and stable across updates of the same event, e.g. `intake-<id>@sif`. */
	uid: string;
	start: Date;
	end: Date;
	/** When this version of the event was made (DTSTAMP). */
	stamp: Date;
	summary: string;
	description?: string;
	location?: string;
	url?: string;
	organizer?: { name: string; email: string };
	attendees?: { name: string; email: string }[];
	/** Raised on every update so calendars replace the earlier version. */
	sequence?: number;
	/** REQUEST (invitation) or CANCEL. */
	method?: 'REQUEST' | 'CANCEL' | 'PUBLISH';
}

/** 20261123T100000Z */
export function icsDate(value: Date): string {
	return value.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into chunks of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const param = (value: string) => `"${value.replace(/"/g, "'")}"`;

export function buildIcs(event: IcsEvent, productId = '-//Social Innovation Factory//sif//EN'): string {
	const method = event.method ?? 'REQUEST';
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${productId}`,
		'CALSCALE:GREGORIAN',
		`METHOD:${method}`,
		'BEGIN:VEVENT',
		`UID:${event.uid}`,
		`DTSTAMP:${icsDate(event.stamp)}`,
		`DTSTART:${icsDate(event.start)}`,
		`DTEND:${icsDate(event.end)}`,
		`SEQUENCE:${event.sequence ?? 0}`,
		`SUMMARY:${escapeText(event.summary)}`
	];
	if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
	if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
	if (event.url) lines.push(`URL:${event.url}`);
	if (event.organizer) {
		lines.push(`ORGANIZER;CN=${param(event.organizer.name)}:mailto:${event.organizer.email}`);
	}
	for (const attendee of event.attendees ?? []) {
		lines.push(
			`ATTENDEE;CN=${param(attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${attendee.email}`
		);
	}
	lines.push(`STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT', 'END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
