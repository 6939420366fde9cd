import { describe, expect, it } from 'vitest';
import { acceptedFileType } from './files.ts';

describe('acceptedFileType', () => {
	it('accepts documents and images, storing the type of the extension', () => {
		expect(acceptedFileType('deck.pdf', 'application/pdf')).toBe('application/pdf');
		expect(acceptedFileType('Budget 2027.XLSX', '')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		expect(acceptedFileType('plan.docx', 'application/octet-stream')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		expect(acceptedFileType('team.jpg', 'image/jpeg; charset=binary')).toBe('image/jpeg');
		expect(acceptedFileType('cijfers.csv', 'application/vnd.ms-excel')).toBe('text/csv');
	});

	it('refuses unknown extensions and types that contradict the extension', () => {
		expect(acceptedFileType('page.html', 'text/html')).toBeNull();
		expect(acceptedFileType('logo.svg', 'image/svg+xml')).toBeNull();
		expect(acceptedFileType('run.exe', 'application/octet-stream')).toBeNull();
		expect(acceptedFileType('deck.pdf', 'text/html')).toBeNull();
		expect(acceptedFileType('pdf', 'application/pdf')).toBeNull();
		expect(acceptedFileType('.pdf', 'application/pdf')).toBeNull();
	});
});
