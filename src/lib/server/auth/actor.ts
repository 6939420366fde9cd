/** Who is acting: a signed-in user (session or API token), the CLI, or an anonymous visitor. */
export const roles = ['admin', 'staff', 'innovator', 'chancegiver', 'member'] as const;
export type Role = (typeof roles)[number];

export interface UserActor {
	kind: 'user';
	userId: string;
	role: Role;
	name: string;
	email: string;
	locale: 'nl' | 'fr' | 'en';
	via: 'session' | 'token';
}

export interface SystemActor {
	kind: 'system';
	/** 'cli', 'worker', 'setup' … recorded in the audit log. */
	label: string;
}

export interface AnonymousActor {
	kind: 'anonymous';
}

export type Actor = UserActor | SystemActor | AnonymousActor;

export const anonymous: AnonymousActor = { kind: 'anonymous' };
export const systemActor = (label: string): SystemActor => ({ kind: 'system', label });

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function actorLabel(actor: Actor): string {
	if (actor.kind === 'user') return actor.email;
	if (actor.kind === 'system') return actor.label;
	return 'public';
}

export function actorUserId(actor: Actor): string | null {
	return actor.kind === 'user' ? actor.userId : null;
}
