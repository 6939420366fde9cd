import { describe, expect, it } from 'vitest';
import { isLocalPath, localPathOr } from './safe-redirect.ts';

describe('local redirect targets', () => {
	it('accepts paths on this site', () => {
		expect(isLocalPath('/')).toBe(true);
		expect(isLocalPath('/cases/1?tab=needs#x')).toBe(true);
	});
	it('refuses anything that leaves the site', () => {
		for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'evil', '', '/a\\b', '/\tx', null, undefined]) {
			expect(isLocalPath(bad), String(bad)).toBe(false);
		}
		expect(localPathOr('//evil.example', '/home')).toBe('/home');
	});
});
