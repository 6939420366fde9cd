/**
 * What the camera read at the door becomes (decision 100). The ticket's QR holds the staff
 * check-in URL (`…/events/{eventId}/check-in?code=CODE`); a bare code is accepted too.
 * Pure: the browser's BarcodeDetector hands over the text, this decides what it means.
 */
import { CHECKIN_ALPHABET, normaliseCheckinCode } from './places.ts';

export type ScanResult = { kind: 'code'; code: string } | { kind: 'otherEvent' } | { kind: 'unrecognised' };

const CODE = new RegExp(`^[${CHECKIN_ALPHABET}]{6,12}$`);
const CHECKIN_PATH = /\/events\/([0-9a-f-]{36})\/check-in\/?$/i;

export function parseScannedTicket(text: string, eventId: string): ScanResult {
	const raw = text.trim();
	if (!raw) return { kind: 'unrecognised' };
	let url: URL | null;
	try {
		url = /^https?:\/\//i.test(raw) ? new URL(raw) : null;
	} catch {
		return { kind: 'unrecognised' };
	}
	if (url) {
		const path = CHECKIN_PATH.exec(url.pathname);
		const code = url.searchParams.get('code');
		if (!path || !code) return { kind: 'unrecognised' };
		if (path[1].toLowerCase() !== eventId.toLowerCase()) return { kind: 'otherEvent' };
		const normalised = normaliseCheckinCode(code);
		return CODE.test(normalised) ? { kind: 'code', code: normalised } : { kind: 'unrecognised' };
	}
	const normalised = normaliseCheckinCode(raw);
	return CODE.test(normalised) ? { kind: 'code', code: normalised } : { kind: 'unrecognised' };
}
