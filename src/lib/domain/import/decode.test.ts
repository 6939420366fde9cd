import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeText, detectEncoding, encodeWindows1252 } from './decode.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

describe('decodeText', () => {
	it('reads plain UTF-8', () => {
		const { encoding, text } = decodeText(fixture('nl-semicolon.csv'));
		expect(encoding).toBe('utf-8');
		expect(text).toContain('coördinator');
	});

	it('drops the BOM of UTF-8 with BOM', () => {
		const { encoding, text } = decodeText(fixture('fr-bom-comma.csv'));
		expect(encoding).toBe('utf-8-bom');
		expect(text.startsWith('Prénom,')).toBe(true);
	});

	it('reads real Windows-1252, not Latin-1: ’ – Š € come from 0x92 0x96 0x8A 0x80', () => {
		const bytes = fixture('en-windows-1252-tab.txt');
		expect(detectEncoding(bytes)).toBe('windows-1252');
		const { text } = decodeText(bytes);
		expect(text).toContain('O’Brien');
		expect(text).toContain('Šarena Košarica – Social Food');
		expect(text).toContain('(€ budget)');
		expect(text).toContain('Siobhán');
		expect(text).not.toMatch(/[\u0080-\u009f]/);
	});

	it('encodes Windows-1252 to the single bytes Excel writes', () => {
		expect([...encodeWindows1252('’–Š€é')]).toEqual([0x92, 0x96, 0x8a, 0x80, 0xe9]);
	});
});
