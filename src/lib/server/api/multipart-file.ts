/**
 * Reads one file from a multipart/form-data API request (decision 100): a declared length
 * far past the limit is refused before reading, the file's own size after; both answer
 * 413 payload_too_large with the message by the field.
 */
import { AppError, ValidationError } from '../errors.ts';

/** Room for the multipart boundaries and headers around the file. */
const ENVELOPE_BYTES = 64 * 1024;

export interface UploadedFile {
	filename: string;
	contentType: string;
	data: Uint8Array;
}

export async function readMultipartFile(
	request: Request,
	field: string,
	maxBytes: number,
	messages: { tooLarge: string; missing: string; errorKey?: string }
): Promise<UploadedFile> {
	const key = messages.errorKey ?? field;
	const tooLarge = () => new AppError('payload_too_large', messages.tooLarge, { fields: { [key]: [messages.tooLarge] } });
	const type = request.headers.get('content-type') ?? '';
	if (!type.toLowerCase().startsWith('multipart/form-data')) {
		throw new AppError('bad_request', `Send multipart/form-data with the file in the "${field}" field`);
	}
	if (Number(request.headers.get('content-length') ?? '0') > maxBytes + ENVELOPE_BYTES) throw tooLarge();
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		// A malformed body, or SvelteKit's BODY_SIZE_LIMIT cutting the stream.
		throw new AppError('bad_request', 'The multipart body could not be read');
	}
	const file = form.get(field);
	if (!(file instanceof File) || file.size === 0) throw new ValidationError({ [key]: [messages.missing] });
	if (file.size > maxBytes) throw tooLarge();
	return { filename: file.name, contentType: file.type, data: new Uint8Array(await file.arrayBuffer()) };
}
