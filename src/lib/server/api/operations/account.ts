import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { ApiTokenCreateSchema, InvitationSchema, RoleSchema, LocaleSchema } from '../../../schemas/account.ts';

export const MeResponse = z.object({
	id: z.string(),
	email: z.string(),
	name: z.string(),
	role: RoleSchema,
	locale: LocaleSchema
});

export const getMe = defineOperation({
	id: 'getMe',
	method: 'GET',
	path: '/api/v1/me',
	summary: 'The account behind the token',
	tag: 'accounts',
	auth: 'user',
	response: MeResponse
});

export const listUsersOp = defineOperation({
	id: 'listUsers',
	method: 'GET',
	path: '/api/v1/users',
	summary: 'Every account (staff)',
	tag: 'accounts',
	auth: 'users.list',
	response: z.object({
		items: z.array(
			z.object({
				id: z.string(),
				email: z.string(),
				name: z.string(),
				role: RoleSchema,
				locale: LocaleSchema,
				active: z.boolean(),
				createdAt: z.string()
			})
		)
	})
});

export const inviteUserOp = defineOperation({
	id: 'inviteUser',
	method: 'POST',
	path: '/api/v1/invitations',
	summary: 'Invite someone by e-mail (admin)',
	tag: 'accounts',
	auth: 'users.invite',
	body: InvitationSchema,
	response: z.object({ id: z.string() }),
	status: 201,
	errors: ['duplicate_email']
});

export const createTokenOp = defineOperation({
	id: 'createApiToken',
	method: 'POST',
	path: '/api/v1/tokens',
	summary: 'Create an API token for yourself; the token is shown once',
	tag: 'accounts',
	auth: 'profile.tokens',
	body: ApiTokenCreateSchema,
	response: z.object({ id: z.string(), label: z.string(), token: z.string() }),
	status: 201
});
