/**
 * The policy table: who may do what. Every route, API endpoint and CLI command calls
 * `authorize` with an action from this table before it calls a service. Ownership rules
 * (an innovator sees their own case, never another's) take the resource as a second
 * argument. The CLI acts as the system (an operator with shell access to the server).
 */
import { AppError } from '../errors.ts';
import type { Actor, Role } from './actor.ts';

type Rule = readonly Role[] | ((actor: Actor & { kind: 'user' }, resource?: unknown) => boolean);

const STAFF: readonly Role[] = ['admin', 'staff'];
const EVERYONE: readonly Role[] = ['admin', 'staff', 'innovator', 'chancegiver', 'member'];

/** Resources that name their owner(s) by user id. */
export interface Owned {
	ownerUserIds: string[];
}

const ownsOrStaff: Rule = (actor, resource) =>
	STAFF.includes(actor.role) ||
	(resource !== undefined && (resource as Owned).ownerUserIds?.includes(actor.userId));

export const policy = {
	'dashboard.view': EVERYONE,
	'profile.update': EVERYONE,
	'profile.tokens': EVERYONE,
	'users.list': STAFF,
	'users.invite': ['admin'],
	'users.inviteStaffless': STAFF,
	'users.changeRole': ['admin'],
	'users.disable': ['admin'],
	'outbox.read': STAFF,
	'audit.read': STAFF,
	'settings.update': ['admin'],
	'case.view': ownsOrStaff,
	'case.update': ownsOrStaff,
	'peerLedger.read': STAFF,
	'peerLedger.plan': STAFF,
	'peerLedger.complete': STAFF,
	'peerLedger.cancel': STAFF,
	'peerLedger.correct': STAFF,
	'peerLedger.rules': STAFF,
	'intake.read': STAFF,
	'intake.create': STAFF,
	'intake.manage': STAFF,
	'review.run': STAFF,
	'introductions.manage': STAFF,
	'reports.intake': STAFF,
	'jobs.run': ['admin'],
	'accelerationDay.read': STAFF, 'accelerationDay.manage': STAFF, 'accelerationDay.plan': STAFF, 'accelerationDay.checkIn': STAFF,
	'people.view': EVERYONE, 'people.search': STAFF, 'people.create': STAFF, 'people.update': STAFF, 'people.merge': STAFF, 'people.erase': STAFF, 'people.export': ownsOrStaff, 'people.consent': ownsOrStaff, 'organisations.read': STAFF, 'organisations.manage': STAFF, 'taxonomy.read': EVERYONE, 'taxonomy.manage': STAFF,
	'people.import': STAFF, 'directory.export': STAFF, 'demo.seed': ['admin'],
	'events.read': STAFF, 'events.manage': STAFF, 'events.register': STAFF, 'events.checkIn': STAFF,
	'programmes.read': STAFF, 'programmes.manage': STAFF, 'programmes.apply': EVERYONE, 'programmes.review': (actor, resource) => STAFF.includes(actor.role) || (resource !== undefined && ((resource as { reviewerUserIds?: string[] }).reviewerUserIds ?? []).includes(actor.userId)),
	'cohorts.read': STAFF, 'cohorts.manage': STAFF, 'cohorts.attend': ownsOrStaff,
	'peerNetwork.participate': EVERYONE,
	'peerNetwork.manage': STAFF,
	'matching.read': STAFF, 'matching.decide': STAFF, 'matching.settings': STAFF
} satisfies Record<string, Rule>;

export type Action = keyof typeof policy;

export function can(actor: Actor, action: Action, resource?: unknown): boolean {
	if (actor.kind === 'system') return true;
	if (actor.kind !== 'user') return false;
	const rule: Rule = policy[action];
	return typeof rule === 'function' ? rule(actor, resource) : rule.includes(actor.role);
}

/** Throws 401 for anonymous visitors and 403 for signed-in users who may not act. */
export function authorize(actor: Actor, action: Action, resource?: unknown): void {
	if (can(actor, action, resource)) return;
	if (actor.kind === 'anonymous') {
		throw new AppError('unauthenticated', 'Sign in first');
	}
	throw new AppError('forbidden', `Not allowed: ${action}`);
}

export function isStaff(actor: Actor): boolean {
	return actor.kind === 'system' || (actor.kind === 'user' && STAFF.includes(actor.role));
}
