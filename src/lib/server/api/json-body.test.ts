import { describe, expect, it } from 'vitest';
import { readJsonBody } from './json-body.ts';
import { AppError } from '../errors.ts';

const post = (body: string, type = 'application/json') =>
	new Request('http://x/api', { method: 'POST', body, headers: { 'content-type': type } });

async function codeOf(promise: Promise<unknown>) {
	try {
		await promise;
		return 'ok';
	} catch (e) {
		return e instanceof AppError ? e.code : 'other';
	}
}

describe('readJsonBody', () => {
	it('parses JSON', async () => {
		expect(await readJsonBody(post('{"a":[1,2]}'))).toEqual({ a: [1, 2] });
	});
	it('answers invalid_json for malformed JSON', async () => {
		expect(await codeOf(readJsonBody(post('{"a":')))).toBe('invalid_json');
	});
	it('refuses deeply nested input before parsing', async () => {
		expect(await codeOf(readJsonBody(post('['.repeat(5000) + ']'.repeat(5000))))).toBe('bad_request');
		// Brackets inside strings do not count.
		expect(await readJsonBody(post(JSON.stringify({ s: '['.repeat(100) })))).toEqual({ s: '['.repeat(100) });
	});
	it('refuses bodies over the limit', async () => {
		expect(await codeOf(readJsonBody(post('"' + 'x'.repeat(2000) + '"'), 1000))).toBe('payload_too_large');
	});
	it('refuses other content types', async () => {
		expect(await codeOf(readJsonBody(post('a=1', 'application/x-www-form-urlencoded')))).toBe('bad_request');
	});
});
