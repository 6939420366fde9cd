/**
 * Event slugs (decision 100): the readable part of a public event address, /e/{slug}.
 * Pure: the uniqueness check needs the database and lives in the events services.
 */
export const SLUG_MAX = 60;

/** Lowercase letters, digits and single hyphens between them. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A slug from a title: accents folded (é → e), everything but letters and digits becomes
 * one hyphen, at most SLUG_MAX characters, "event" when nothing is left. The migration
 * that gave existing events their slug does the same in SQL.
 */
export function slugify(title: string): string {
	const base = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, SLUG_MAX)
		.replace(/^-+|-+$/g, '');
	return base || 'event';
}

/**
 * Why a slug typed by staff is refused, or null when it is acceptable. A slug may not look
 * like an event id: /e/{id} keeps meaning the old address.
 */
export function slugProblem(slug: string): 'format' | 'tooLong' | 'uuid' | null {
	if (slug.length > SLUG_MAX) return 'tooLong';
	if (!SLUG_PATTERN.test(slug)) return 'format';
	if (UUID_SHAPE.test(slug)) return 'uuid';
	return null;
}

/**
 * The next free slug after `base`, given the taken slugs that start with it: base, then
 * base-2, base-3, … (the suffix after the highest one taken).
 */
export function nextFreeSlug(base: string, taken: readonly string[]): string {
	const set = new Set(taken);
	if (!set.has(base)) return base;
	let highest = 1;
	for (const slug of set) {
		const m = slug.startsWith(`${base}-`) ? /^\d+$/.exec(slug.slice(base.length + 1)) : null;
		if (m) highest = Math.max(highest, Number(m[0]));
	}
	const suffix = `-${highest + 1}`;
	return `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
}
