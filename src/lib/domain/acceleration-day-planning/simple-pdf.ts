/**
 * A small PDF 1.4 writer for agendas and printables: A4 pages of text lines in the
 * standard Helvetica fonts (no embedding), WinAnsi encoding, a correct xref table.
 * Pure: lines in, bytes out. Characters outside WinAnsi become '?'.
 */
export interface PdfLine {
	text: string;
	/** Font size in points, default 11. */
	size?: number;
	bold?: boolean;
	/** Extra space before the line, in points. */
	gap?: number;
}

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 56;

const WIN_ANSI_EXTRA: Record<string, number> = {
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
	'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
	'–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f
};

/** One byte per character in WinAnsi; what does not exist there becomes '?'. */
export function winAnsi(text: string): number[] {
	const bytes: number[] = [];
	for (const ch of text.normalize('NFC')) {
		const code = ch.codePointAt(0)!;
		if (WIN_ANSI_EXTRA[ch] !== undefined) bytes.push(WIN_ANSI_EXTRA[ch]);
		else if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
		else if (code === 0x202f || code === 0x2009) bytes.push(0x20);
		else bytes.push(0x3f);
	}
	return bytes;
}

/** A PDF string literal: ( ) \ escaped, bytes above 0x7e as octal escapes. */
function pdfString(text: string): string {
	let out = '(';
	for (const b of winAnsi(text)) {
		if (b === 0x28 || b === 0x29 || b === 0x5c) out += '\\' + String.fromCharCode(b);
		else if (b > 0x7e) out += '\\' + b.toString(8).padStart(3, '0');
		else out += String.fromCharCode(b);
	}
	return out + ')';
}

/** Breaks a line into pieces that fit the page width (Helvetica averages about 0.5 em). */
function wrap(line: PdfLine): PdfLine[] {
	const size = line.size ?? 11;
	const perLine = Math.max(10, Math.floor((PAGE_WIDTH - 2 * MARGIN) / (size * 0.52)));
	if (line.text.length <= perLine) return [line];
	const pieces: PdfLine[] = [];
	let rest = line.text;
	while (rest.length > perLine) {
		const cut = rest.lastIndexOf(' ', perLine);
		const at = cut > perLine / 2 ? cut : perLine;
		pieces.push({ ...line, text: rest.slice(0, at), gap: pieces.length ? 0 : line.gap });
		rest = rest.slice(at).trimStart();
	}
	pieces.push({ ...line, text: rest, gap: 0 });
	return pieces;
}

/** Pages of lines; a page that overflows continues on the next one. */
export function buildPdf(pages: readonly (readonly PdfLine[])[], title = ''): Uint8Array {
	const contents: string[] = [];
	for (const page of pages) {
		let ops: string[] = [];
		let y = PAGE_HEIGHT - MARGIN;
		for (const line of page.flatMap(wrap)) {
			const size = line.size ?? 11;
			y -= (line.gap ?? 0) + size * 1.35;
			if (y < MARGIN) {
				contents.push(ops.join('\n'));
				ops = [];
				y = PAGE_HEIGHT - MARGIN - size * 1.35;
			}
			ops.push(`BT /${line.bold ? 'F2' : 'F1'} ${size} Tf ${MARGIN} ${y.toFixed(1)} Td ${pdfString(line.text)} Tj ET`);
		}
		contents.push(ops.join('\n'));
	}
	const objects: string[] = [];
	const pageCount = contents.length;
	// 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs.
	const kids = contents.map((_, i) => `${6 + 2 * i} 0 R`).join(' ');
	objects.push('<< /Type /Catalog /Pages 2 0 R >>');
	objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`);
	objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
	objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
	objects.push(`<< /Title ${pdfString(title)} /Producer (sif) >>`);
	contents.forEach((stream, i) => {
		objects.push(
			`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${7 + 2 * i} 0 R >>`
		);
		objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
	});
	// Every character of the body is one byte (strings were escaped to ASCII above).
	let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
	const offsets: number[] = [];
	objects.forEach((object, i) => {
		offsets.push(body.length);
		body += `${i + 1} 0 obj\n${object}\nendobj\n`;
	});
	const xrefAt = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
	const bytes = new Uint8Array(body.length);
	for (let i = 0; i < body.length; i++) bytes[i] = body.charCodeAt(i) & 0xff;
	return bytes;
}
