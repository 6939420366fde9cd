import { afterEach, describe, expect, it } from 'vitest';
import { requestNow } from './request-clock.ts';

const real = new Date('2026-11-23T10:00:00Z');
const withCookie = (cookie: string) => new Request('http://localhost/', { headers: { cookie } });
const saved = { smtp: process.env.SMTP_URL, allow: process.env.SIF_ALLOW_CLOCK_OVERRIDE };

afterEach(() => {
	if (saved.smtp === undefined) delete process.env.SMTP_URL;
	else process.env.SMTP_URL = saved.smtp;
	if (saved.allow === undefined) delete process.env.SIF_ALLOW_CLOCK_OVERRIDE;
	else process.env.SIF_ALLOW_CLOCK_OVERRIDE = saved.allow;
});

describe('requestNow', () => {
	it('takes the sif_clock cookie while e-mail stays in the app', () => {
		delete process.env.SMTP_URL;
		expect(requestNow(withCookie('a=1; sif_clock=2031-03-20T17%3A00%3A00.000Z'), real).toISOString()).toBe('2031-03-20T17:00:00.000Z');
		expect(requestNow(withCookie('sif_clock=2031-03-20T17:00:00Z'), real).toISOString()).toBe('2031-03-20T17:00:00.000Z');
	});

	it('keeps the real time without the cookie, with a bad one, or when e-mail goes out by SMTP', () => {
		delete process.env.SMTP_URL;
		expect(requestNow(new Request('http://localhost/'), real)).toBe(real);
		expect(requestNow(withCookie('sif_clock=tomorrow'), real)).toBe(real);
		process.env.SMTP_URL = 'smtp://mail.example.be:25';
		delete process.env.SIF_ALLOW_CLOCK_OVERRIDE;
		expect(requestNow(withCookie('sif_clock=2031-03-20T17:00:00Z'), real)).toBe(real);
		process.env.SIF_ALLOW_CLOCK_OVERRIDE = '1';
		expect(requestNow(withCookie('sif_clock=2031-03-20T17:00:00Z'), real).getUTCFullYear()).toBe(2031);
	});
});
