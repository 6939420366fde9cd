/**
 * Reads a JSON request body defensively: a size limit while streaming, a clear 400 for
 * malformed JSON, and a nesting limit so deeply nested input cannot exhaust the stack.
 */
import { AppError } from '../errors.ts';

export const MAX_JSON_BYTES = 1024 * 1024;
export const MAX_JSON_DEPTH = 32;

function depthExceeds(text: string, max: number): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92 /* \ */) i++;
			else if (c === 34 /* " */) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 123 || c === 91) {
			if (++depth > max) return true;
		} else if (c === 125 || c === 93) depth--;
	}
	return false;
}

export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
	const declared = Number(request.headers.get('content-length') ?? '0');
	if (declared > maxBytes) {
		throw new AppError('payload_too_large', `The body is larger than ${maxBytes} bytes`);
	}
	const type = request.headers.get('content-type') ?? '';
	if (type && !type.includes('json')) {
		throw new AppError('bad_request', 'Send the body as application/json');
	}
	let text: string;
	try {
		const reader = request.body?.getReader();
		if (!reader) return undefined;
		const chunks: Uint8Array[] = [];
		let size = 0;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > maxBytes) {
				await reader.cancel();
				throw new AppError('payload_too_large', `The body is larger than ${maxBytes} bytes`);
			}
			chunks.push(value);
		}
		text = Buffer.concat(chunks).toString('utf8');
	} catch (error) {
		if (error instanceof AppError) throw error;
		// SvelteKit's own BODY_SIZE_LIMIT aborts the stream with a plain Error.
		throw new AppError('payload_too_large', 'The body is too large');
	}
	if (text.trim() === '') return undefined;
	if (depthExceeds(text, MAX_JSON_DEPTH)) {
		throw new AppError('bad_request', `The JSON is nested deeper than ${MAX_JSON_DEPTH} levels`);
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new AppError('invalid_json', `Malformed JSON: ${(error as Error).message}`);
	}
}
