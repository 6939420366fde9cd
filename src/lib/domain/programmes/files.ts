/**
 * Which files an application may carry (decision 100): documents and images by their file
 * extension, with a declared type that agrees (or none). The stored type is ours, from the
 * extension, never the sender's — so a download cannot be served as HTML or script.
 */
const TYPES: Record<string, { type: string; aliases?: string[] }> = {
	pdf: { type: 'application/pdf', aliases: ['application/x-pdf'] },
	doc: { type: 'application/msword' },
	docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
	xls: { type: 'application/vnd.ms-excel' },
	xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
	ppt: { type: 'application/vnd.ms-powerpoint' },
	pptx: { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
	odt: { type: 'application/vnd.oasis.opendocument.text' },
	ods: { type: 'application/vnd.oasis.opendocument.spreadsheet' },
	odp: { type: 'application/vnd.oasis.opendocument.presentation' },
	txt: { type: 'text/plain' },
	csv: { type: 'text/csv', aliases: ['text/plain', 'application/csv', 'application/vnd.ms-excel'] },
	png: { type: 'image/png' },
	jpg: { type: 'image/jpeg', aliases: ['image/pjpeg'] },
	jpeg: { type: 'image/jpeg', aliases: ['image/pjpeg'] },
	webp: { type: 'image/webp' }
};

/** Declared types that say nothing (a browser or client that did not know). */
const GENERIC = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/zip', 'application/x-zip-compressed']);

export const ALLOWED_FILE_EXTENSIONS = Object.keys(TYPES);

/**
 * The content type to store for an uploaded file, or null when it is not accepted: an
 * unknown extension, or a declared type that contradicts the extension (a ".pdf" sent as
 * text/html). Zip types are generic because Office and OpenDocument files are zip files.
 */
export function acceptedFileType(filename: string, declaredType: string): string | null {
	const dot = filename.lastIndexOf('.');
	const extension = dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
	const known = TYPES[extension];
	if (!known) return null;
	const declared = declaredType.split(';')[0].trim().toLowerCase();
	if (GENERIC.has(declared) || declared === known.type || known.aliases?.includes(declared)) return known.type;
	return null;
}
