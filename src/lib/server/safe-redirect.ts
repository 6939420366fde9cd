/**
 * Only a path on this site may be a redirect target: '/cases/1?x' yes; '//evil.example',
 * '/\evil.example' (browsers read '/\' as '//'), 'https://…' and control characters no.
 */
export function isLocalPath(target: string | null | undefined): target is string {
	return typeof target === 'string' && /^\/(?![/\\])/.test(target) && !/[\u0000-\u001f\\]/.test(target);
}

export function localPathOr(target: string | null | undefined, fallback = '/'): string {
	return isLocalPath(target) ? target : fallback;
}
