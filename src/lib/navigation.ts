/**
 * The navigation, per role: each area adds its entries here. The layout shows the entries
 * whose roles include the signed-in user's role; the server still authorizes every page.
 */
import type { MessageKey } from './i18n/index.ts';

export type NavRole = 'admin' | 'staff' | 'innovator' | 'chancegiver' | 'member';

export interface NavItem {
	href: string;
	label: MessageKey;
	roles: readonly NavRole[];
	/** lucide icon name, resolved by the layout */
	icon: 'home' | 'users' | 'mail' | 'scroll' | 'user' | 'settings' | 'calendar' | 'coins' | 'network' | 'clipboard' | 'building' | 'inbox' | 'sparkles';
	group?: 'main' | 'admin';
}

const ALL: readonly NavRole[] = ['admin', 'staff', 'innovator', 'chancegiver', 'member'];
const STAFF: readonly NavRole[] = ['admin', 'staff'];

export const navigation: NavItem[] = [
	{ href: '/', label: 'common.navDashboard', roles: ALL, icon: 'home', group: 'main' },
	{ href: '/people', label: 'people.navPeople', roles: STAFF, icon: 'users', group: 'main' },
	{ href: '/organisations', label: 'people.navOrganisations', roles: STAFF, icon: 'building', group: 'main' },
	{ href: '/requests', label: 'intake.navRequests', roles: STAFF, icon: 'inbox', group: 'main' },
	{ href: '/cases', label: 'intake.navCases', roles: STAFF, icon: 'clipboard', group: 'main' },
	{ href: '/review', label: 'intake.navReview', roles: STAFF, icon: 'calendar', group: 'main' },
	{ href: '/my-actions', label: 'intake.navMyActions', roles: STAFF, icon: 'sparkles', group: 'main' },
	{ href: '/reports/intake', label: 'intake.navReports', roles: STAFF, icon: 'scroll', group: 'main' },
	{ href: '/acceleration-days', label: 'accelerationDay.nav', roles: STAFF, icon: 'calendar', group: 'main' },
	{ href: '/events', label: 'events.navEvents', roles: STAFF, icon: 'calendar', group: 'main' },
	{ href: '/programmes', label: 'programmes.navProgrammes', roles: STAFF, icon: 'sparkles', group: 'main' },
	{ href: '/calls', label: 'programmes.navCalls', roles: ALL, icon: 'clipboard', group: 'main' },
	{ href: '/cohorts', label: 'cohorts.nav', roles: STAFF, icon: 'users', group: 'main' },
	{ href: '/matching/gaps', label: 'matching.navGaps', roles: STAFF, icon: 'network', group: 'main' },
	{ href: '/peer', label: 'peerNetwork.navPeerNetwork', roles: ['member', 'innovator', 'chancegiver'], icon: 'network', group: 'main' },
	{ href: '/peer/points', label: 'peerNetwork.navPoints', roles: ['member', 'innovator', 'chancegiver'], icon: 'coins', group: 'main' },
	{ href: '/peer/network', label: 'peerNetwork.navNetwork', roles: STAFF, icon: 'network', group: 'main' },
	{ href: '/peer/ledger', label: 'peerNetwork.navLedger', roles: STAFF, icon: 'coins', group: 'main' },
	{ href: '/people/import', label: 'import.nav', roles: STAFF, icon: 'users', group: 'main' },
	{ href: '/admin/users', label: 'common.navUsers', roles: STAFF, icon: 'users', group: 'admin' },
	{ href: '/admin/taxonomy', label: 'people.navTaxonomy', roles: STAFF, icon: 'settings', group: 'admin' },
	{ href: '/matching/settings', label: 'matching.navSettings', roles: STAFF, icon: 'settings', group: 'admin' },
	{ href: '/admin/outbox', label: 'common.navOutbox', roles: STAFF, icon: 'mail', group: 'admin' },
	{ href: '/admin/audit', label: 'common.navAudit', roles: STAFF, icon: 'scroll', group: 'admin' },
	{ href: '/profile/data', label: 'people.myData', roles: ALL, icon: 'user', group: 'admin' },
	{ href: '/profile', label: 'common.navProfile', roles: ALL, icon: 'user', group: 'admin' }
];

export function navigationFor(role: NavRole | undefined): NavItem[] {
	if (!role) return [];
	return navigation.filter((item) => item.roles.includes(role));
}
