/**
 * "Now" for one request. Where e-mail stays in the app (no `SMTP_URL`, or
 * `SIF_ALLOW_CLOCK_OVERRIDE=1` — the same gate as the admin's "run background tasks as of",
 * decision 062), a `sif_clock` cookie holding an ISO instant moves this request's clock, so
 * an end-to-end journey can act "after the day" without waiting and without moving the
 * clock of anyone else on the same server. Production (SMTP configured) ignores it.
 */
import { clockOverrideAllowed } from './services/digests/run-intake-jobs.ts';

export const CLOCK_COOKIE = 'sif_clock';

export function requestNow(request: Request, real: Date = new Date()): Date {
	if (!clockOverrideAllowed()) return real;
	const cookie = request.headers.get('cookie') ?? '';
	const raw = cookie
		.split(';')
		.map((part) => part.trim().split('='))
		.find(([name]) => name === CLOCK_COOKIE)?.[1];
	if (!raw) return real;
	const moved = new Date(decodeURIComponent(raw));
	return Number.isNaN(moved.getTime()) ? real : moved;
}
