import { describe, expect, it } from 'vitest';
import { authorize, can } from './policy.ts';
import { anonymous, systemActor, type UserActor } from './actor.ts';
import { AppError } from '../errors.ts';

const user = (role: UserActor['role'], userId = 'u1'): UserActor => ({
	kind: 'user', userId, role, name: 'N', email: 'n@x.be', locale: 'nl', via: 'session'
});

describe('the policy table', () => {
	it('lets staff read the audit log and not innovators', () => {
		expect(can(user('staff'), 'audit.read')).toBe(true);
		expect(can(user('innovator'), 'audit.read')).toBe(false);
		expect(can(user('admin'), 'users.invite')).toBe(true);
		expect(can(user('staff'), 'users.invite')).toBe(false);
	});
	it('checks ownership: an innovator sees their own case, never another', () => {
		expect(can(user('innovator', 'me'), 'case.view', { ownerUserIds: ['me'] })).toBe(true);
		expect(can(user('innovator', 'me'), 'case.view', { ownerUserIds: ['other'] })).toBe(false);
		expect(can(user('staff'), 'case.view', { ownerUserIds: ['other'] })).toBe(true);
	});
	it('answers 401 to anonymous visitors and 403 to others', () => {
		expect(() => authorize(anonymous, 'audit.read')).toThrow(expect.objectContaining({ code: 'unauthenticated' }));
		expect(() => authorize(user('member'), 'audit.read')).toThrow(AppError);
		expect(() => authorize(systemActor('cli'), 'users.invite')).not.toThrow();
	});
});
