/**
 * Languages: Dutch first, then French and English. Messages live per area in
 * messages/<area>.ts; `defineMessages` makes the compiler refuse a French or English set
 * that misses a key of the Dutch one.
 */
export const locales = ['nl', 'fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';
export const localeNames: Record<Locale, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export type Messages<T extends Record<string, string>> = {
	nl: T;
	fr: { [K in keyof T]: string };
	en: { [K in keyof T]: string };
};

export function defineMessages<const T extends Record<string, string>>(m: Messages<T>): Messages<T> {
	return m;
}

/** Replaces `{name}` placeholders; unknown placeholders stay visible to catch mistakes. */
export function interpolate(template: string, params?: Record<string, string | number>): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** Picks the best supported language from an Accept-Language header. */
export function negotiateLocale(header: string | null | undefined): Locale {
	if (!header) return defaultLocale;
	const ranked = header
		.split(',')
		.map((part) => {
			const [tag, q] = part.trim().split(';q=');
			return { tag: tag.toLowerCase().slice(0, 2), q: q ? Number(q) : 1 };
		})
		.sort((a, b) => b.q - a.q);
	return ranked.find((r) => isLocale(r.tag))?.tag as Locale | undefined ?? defaultLocale;
}
