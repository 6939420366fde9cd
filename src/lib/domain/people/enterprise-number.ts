/**
 * Belgian enterprise number (KBO/BCE): 10 digits, the first 0 or 1; the last two digits
 * equal 97 minus (the first eight digits mod 97). Accepts "0123.456.749", "BE0123456749",
 * "BE 0123 456 749" and the old 9-digit form (a leading 0 is added).
 */
export type EnterpriseNumberResult =
	| { ok: true; value: string; formatted: string }
	| { ok: false; reason: 'format' | 'checksum' };

export function parseEnterpriseNumber(input: string): EnterpriseNumberResult {
	const compact = input.trim().toUpperCase().replace(/^BE/, '').replace(/[\s.\-/]/g, '');
	if (!/^\d{9,10}$/.test(compact)) return { ok: false, reason: 'format' };
	const digits = compact.length === 9 ? `0${compact}` : compact;
	if (digits[0] !== '0' && digits[0] !== '1') return { ok: false, reason: 'format' };
	const base = Number(digits.slice(0, 8));
	const check = Number(digits.slice(8));
	if (97 - (base % 97) !== check) return { ok: false, reason: 'checksum' };
	return { ok: true, value: digits, formatted: formatEnterpriseNumber(digits) };
}

/** 0123456749 → 0123.456.749 */
export function formatEnterpriseNumber(digits: string): string {
	return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}
