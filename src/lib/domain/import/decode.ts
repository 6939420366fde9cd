/**
 * Text files as Belgian offices save them: UTF-8 (with or without BOM) or Windows-1252
 * (what Excel "CSV" writes on a Dutch/French Windows). Windows-1252 is not Latin-1: bytes
 * 0x80–0x9F are ’ – Š € and friends, so we decode with iconv-lite's real cp1252 table.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A BOM means UTF-8; bytes that decode as strict UTF-8 are UTF-8 (a Windows-1252 file
 * with accents almost never does); everything else is Windows-1252.
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
	if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
	try {
		strictUtf8.decode(bytes);
		return 'utf-8';
	} catch {
		return 'windows-1252';
	}
}

export function decodeText(bytes: Uint8Array): { encoding: TextEncoding; text: string } {
	const encoding = detectEncoding(bytes);
	if (encoding === 'utf-8-bom') return { encoding, text: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
	if (encoding === 'utf-8') return { encoding, text: new TextDecoder('utf-8').decode(bytes) };
	return { encoding, text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252') };
}

export function encodeWindows1252(text: string): Uint8Array {
	return new Uint8Array(iconv.encode(text, 'windows-1252'));
}
