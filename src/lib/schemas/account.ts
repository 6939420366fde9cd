/** Account forms and API bodies: one schema each, shared by forms, API and CLI. */
import { z } from 'zod';

export const RoleSchema = z.enum(['admin', 'staff', 'innovator', 'chancegiver', 'member']);
export const LocaleSchema = z.enum(['nl', 'fr', 'en']);

export const EmailSchema = z
	.string()
	.trim()
	.min(1, 'common.fieldRequired')
	.max(254)
	.pipe(z.email('common.invalidEmail'))
	.transform((e) => e.toLowerCase());

export const PasswordSchema = z
	.string()
	.min(10, 'account.passwordTooShort')
	.max(200, 'account.passwordTooLong');

export const NameSchema = z.string().trim().min(1, 'common.fieldRequired').max(200);

export const FirstAdminSchema = z.object({
	name: NameSchema,
	email: EmailSchema,
	password: PasswordSchema
});

export const LoginSchema = z.object({
	email: EmailSchema,
	password: z.string().min(1, 'common.fieldRequired').max(200)
});

export const InvitationSchema = z.object({
	email: EmailSchema,
	name: NameSchema,
	role: RoleSchema,
	locale: LocaleSchema.default('nl')
});

export const AcceptInvitationSchema = z.object({
	password: PasswordSchema
});

export const PasswordResetRequestSchema = z.object({ email: EmailSchema });

export const ProfileSchema = z.object({
	name: NameSchema,
	locale: LocaleSchema
});

export const ChangePasswordSchema = z.object({
	currentPassword: z.string().min(1, 'common.fieldRequired'),
	newPassword: PasswordSchema
});

export const ApiTokenCreateSchema = z.object({
	label: z.string().trim().min(1, 'common.fieldRequired').max(100)
});

export const UserSchema = z.object({
	id: z.uuid(),
	email: z.string(),
	name: z.string(),
	role: RoleSchema,
	locale: LocaleSchema,
	createdAt: z.string()
});
