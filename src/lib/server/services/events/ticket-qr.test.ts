import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { qrPng, ticketQrPngBase64 } from './ticket-qr.ts';

describe('ticket QR PNG', () => {
	it('writes a valid 1-bit greyscale PNG whose pixels follow the modules', () => {
		// A 2×2 grid, dark on the diagonal, cell 1, no margin.
		const png = qrPng(2, (r, c) => r === c, 1, 0);
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
		expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([2, 2, 1, 0]);
		const idatLength = png.readUInt32BE(33);
		expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
		const raw = inflateSync(png.subarray(41, 41 + idatLength));
		// Row 0: filter 0, dark (0) then white (1) → 0b01000000; row 1: white then dark → 0b10000000.
		expect([...raw]).toEqual([0, 0b01000000, 0, 0b10000000]);
	});

	it('encodes a ticket as a PNG of (modules + 8) × 6 pixels', () => {
		const png = Buffer.from(ticketQrPngBase64('4c1f8ea1-1583-46f0-8ad1-61d29a32e876', 'ABCDEFGH'), 'base64');
		const size = png.readUInt32BE(16);
		expect(size % 6).toBe(0);
		expect(size / 6 - 8).toBeGreaterThanOrEqual(21);
	});
});
