/**
 * The QR code of a ticket: it holds the staff check-in link with the ticket's code, so a
 * phone camera at the door opens the check-in page with the code filled in.
 */
import qrcode from 'qrcode-generator';
import { checkinLink } from './event-records.ts';

function qrOf(eventId: string, code: string) {
	const qr = qrcode(0, 'M');
	qr.addData(checkinLink(eventId, code));
	qr.make();
	return qr;
}

/** An inline SVG (for the ticket page and the badges). */
export function ticketQrSvg(eventId: string, code: string, cellSize = 4): string {
	return qrOf(eventId, code).createSvgTag({ cellSize, margin: 2, scalable: true });
}

/** A GIF as base64 (for the e-mail attachment). */
export function ticketQrGifBase64(eventId: string, code: string): string {
	return qrOf(eventId, code).createDataURL(6, 4).replace(/^data:image\/gif;base64,/, '');
}
