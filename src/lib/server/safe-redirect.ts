/**
 * Only a path on this site may be a redirect target: '/cases/1?x' yes; '//evil.example',
 * '/\evil.example' (browsers read '/\' as '//'), 'https://…' and control characters no.
 */
export function isLocalPath(target: string | null | undefined): target is string {
	if (typeof target !== 'string' || !/^\/(?![/\\])/.test(target) || target.includes('\\')) return false;
	return ![...target].some((c) => c.charCodeAt(0) < 32);
}

export function localPathOr(target: string | null | undefined, fallback = '/'): string {
	return isLocalPath(target) ? target : fallback;
}
