import { describe, expect, it } from 'vitest';
import { buildPdf, winAnsi } from './simple-pdf.ts';

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

describe('buildPdf', () => {
	it('writes a header, one page per input page (more when it overflows) and an xref whose offsets point at the objects', () => {
		const many = Array.from({ length: 80 }, (_, i) => ({ text: `Line ${i} (with parentheses) – Ronde ${i}` }));
		const pdf = latin1(buildPdf([[{ text: 'Agenda — Café', size: 18, bold: true }], many], 'Agenda'));
		expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
		expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
		const count = Number(/\/Count (\d+)/.exec(pdf)![1]);
		expect(count).toBeGreaterThanOrEqual(3);
		const startxref = Number(/startxref\n(\d+)/.exec(pdf)![1]);
		expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
		const entries = pdf.slice(startxref).split('\n').filter((l) => / 00000 n $/.test(l));
		entries.forEach((entry, i) => expect(pdf.slice(Number(entry.slice(0, 10))).startsWith(`${i + 1} 0 obj`)).toBe(true));
		for (const match of pdf.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
			const start = match.index! + match[0].length;
			expect(pdf.slice(start + Number(match[1]), start + Number(match[1]) + 10)).toBe('\nendstream');
		}
		expect(pdf).toContain('\\(with parentheses\\)');
		expect(pdf).toContain('Caf\\351');
	});
	it('maps dashes and quotes to WinAnsi and anything else to ?', () => {
		expect(winAnsi('–’é漢')).toEqual([0x96, 0x92, 0xe9, 0x3f]);
	});
});
