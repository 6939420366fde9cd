/**
 * The QR code of a ticket: it holds the staff check-in link with the ticket's code, so a
 * phone camera at the door opens the check-in page with the code filled in.
 *
 * The e-mail attachment is a PNG written here (1 bit per pixel, deflated by node:zlib):
 * qrcode-generator's own GIF encoder takes ~100 ms per image in plain JavaScript, which
 * under 500 simultaneous registrations would dominate (docs/decisions/072-events-load-test.md).
 */
import { deflateSync } from 'node:zlib';
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

/** A PNG as base64 (for the e-mail attachment). */
export function ticketQrPngBase64(eventId: string, code: string, cellSize = 6, margin = 4): string {
	const qr = qrOf(eventId, code);
	const modules = qr.getModuleCount();
	const grid = Array.from({ length: modules }, (_, row) => Array.from({ length: modules }, (_, col) => qr.isDark(row, col)));
	const dark = (row: number, col: number) => row >= 0 && col >= 0 && row < modules && col < modules && grid[row][col];
	return qrPng(modules, dark, cellSize, margin).toString('base64');
}

/** A black-on-white 1-bit PNG of a square module grid (exported for tests). */
export function qrPng(modules: number, dark: (row: number, col: number) => boolean, cellSize: number, margin: number): Buffer {
	const size = (modules + 2 * margin) * cellSize;
	const stride = Math.ceil(size / 8);
	const raw = Buffer.alloc((stride + 1) * size);
	for (let y = 0; y < size; y++) {
		const row = Math.floor(y / cellSize) - margin;
		const offset = y * (stride + 1);
		raw[offset] = 0; // filter: none
		for (let x = 0; x < size; x++) {
			// In a 1-bit greyscale PNG, 1 is white.
			if (!dark(row, Math.floor(x / cellSize) - margin)) raw[offset + 1 + (x >> 3)] |= 0x80 >> (x & 7);
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 1; // bit depth
	header[9] = 0; // greyscale
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0))
	]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(data: Buffer): number {
	let c = 0xffffffff;
	for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length, 0);
	const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(typed), 0);
	return Buffer.concat([length, typed, crc]);
}
