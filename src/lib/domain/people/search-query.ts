/**
 * Turns what someone typed into a safe prefix tsquery for the 'simple' configuration:
 * words of letters and digits only, each with `:*`, all required ("jan jans" →
 * "jan:* & jans:*"). Null when nothing searchable is left.
 */
export function prefixQuery(input: string): string | null {
	const words = input
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 0)
		.slice(0, 8);
	return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}
