import { describe, expect, it } from 'vitest';
import { parseScannedTicket } from './scan.ts';

const eventId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

describe('parseScannedTicket', () => {
	it('takes the code from the check-in URL in the ticket QR', () => {
		expect(parseScannedTicket(`https://sif.example.be/events/${eventId}/check-in?code=ABCD2345`, eventId)).toEqual({ kind: 'code', code: 'ABCD2345' });
		expect(parseScannedTicket(`http://localhost:4340/events/${eventId.toUpperCase()}/check-in?code=abcd-2345`, eventId)).toEqual({
			kind: 'code',
			code: 'ABCD2345'
		});
	});

	it('says when the ticket belongs to another event', () => {
		expect(parseScannedTicket('https://sif.example.be/events/00000000-0000-4000-8000-000000000000/check-in?code=ABCD2345', eventId)).toEqual({
			kind: 'otherEvent'
		});
	});

	it('accepts a bare code, spaces and case forgiven', () => {
		expect(parseScannedTicket('  abcd 2345 ', eventId)).toEqual({ kind: 'code', code: 'ABCD2345' });
	});

	it('refuses anything else: other URLs, look-alike characters, empty text', () => {
		expect(parseScannedTicket('https://example.com/?code=ABCD2345', eventId)).toEqual({ kind: 'unrecognised' });
		expect(parseScannedTicket(`https://sif.example.be/events/${eventId}/check-in`, eventId)).toEqual({ kind: 'unrecognised' });
		expect(parseScannedTicket('WIFI:S:guest;T:WPA;P:secret;;', eventId)).toEqual({ kind: 'unrecognised' });
		expect(parseScannedTicket('ABCD0O1I', eventId)).toEqual({ kind: 'unrecognised' });
		expect(parseScannedTicket('   ', eventId)).toEqual({ kind: 'unrecognised' });
		expect(parseScannedTicket('https://[bad', eventId)).toEqual({ kind: 'unrecognised' });
	});
});
