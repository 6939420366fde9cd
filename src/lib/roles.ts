/** Role names for display, shared by server and components. */
import type { MessageKey } from './i18n/index.ts';

const keys: Record<string, MessageKey> = {
	admin: 'common.roleAdmin',
	staff: 'common.roleStaff',
	innovator: 'common.roleInnovator',
	chancegiver: 'common.roleChancegiver',
	member: 'common.roleMember'
};

export const roleNames = ['admin', 'staff', 'innovator', 'chancegiver', 'member'] as const;

export function roleLabelKey(role: string): MessageKey {
	return keys[role] ?? 'common.roleMember';
}
