/**
 * Splits a full name into first and last name "when possible": the first word is the first
 * name, the rest the last name, except that Dutch/French particles (van, de, der, le, du…)
 * and everything after them belong to the last name ("Jan van den Berg" → Jan / van den Berg).
 * One word: first name only. The display name is always the name as typed.
 */
const PARTICLES = new Set(['van', 'von', 'de', 'den', 'der', 'het', 'ten', 'ter', 'te', "'t", 'le', 'la', 'du', 'des', 'di', 'da', 'dos', "d'", 'vande', 'vanden', 'vander']);

export function splitName(name: string): { firstName: string; lastName: string } {
	const words = name.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) return { firstName: '', lastName: '' };
	if (words.length === 1) return { firstName: words[0], lastName: '' };
	const particleAt = words.findIndex((w, i) => i > 0 && PARTICLES.has(w.toLowerCase()));
	const cut = particleAt > 0 ? particleAt : 1;
	return { firstName: words.slice(0, cut).join(' '), lastName: words.slice(cut).join(' ') };
}

/** "first last" when both are known, else whichever is there. */
export function joinName(firstName: string, lastName: string): string {
	return [firstName.trim(), lastName.trim()].filter(Boolean).join(' ');
}

/** E-mails are compared and stored lowercased, trimmed. */
export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}
