/** A list page's query string with some parameters replaced (null removes them). */
export function withParams(search: URLSearchParams, changes: Record<string, string | null>): string {
	const params = new URLSearchParams(search);
	for (const [key, value] of Object.entries(changes)) {
		if (value === null) params.delete(key);
		else params.set(key, value);
	}
	return `?${params}`;
}
