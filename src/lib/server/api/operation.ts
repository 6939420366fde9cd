/**
 * An API operation is declared once, with the zod schemas that validate it; the route
 * handler and the OpenAPI document both come from that declaration, so they cannot drift.
 */
import type { z } from 'zod';
import type { Action } from '../auth/policy.ts';
import type { ErrorCode } from '../errors.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Operation<
	B extends z.ZodType | undefined = z.ZodType | undefined,
	Q extends z.ZodObject | undefined = z.ZodObject | undefined,
	R extends z.ZodType = z.ZodType
> {
	id: string;
	method: HttpMethod;
	/** OpenAPI style: /api/v1/people/{id} */
	path: string;
	summary: string;
	description?: string;
	tag: string;
	/** 'public': no token needed; 'user': any signed-in user; else a policy action. */
	auth: 'public' | 'user' | Action;
	body?: B;
	/**
	 * The media type of the body when it is not JSON (a file upload): the document shows
	 * `body` under it, and the route reads the body itself instead of handleOperation.
	 */
	bodyMediaType?: 'multipart/form-data';
	/** The media type of the answer when it is not JSON (a file download). */
	responseMediaType?: string;
	query?: Q;
	response: R;
	/** Success status, default 200. */
	status?: number;
	/** Error codes this operation may answer with, for the document. */
	errors?: ErrorCode[];
}

const registry = new Map<string, Operation>();

export function defineOperation<
	B extends z.ZodType | undefined = undefined,
	Q extends z.ZodObject | undefined = undefined,
	R extends z.ZodType = z.ZodType
>(op: Operation<B, Q, R>): Operation<B, Q, R> {
	const key = `${op.method} ${op.path}`;
	if (registry.has(key) && registry.get(key)!.id !== op.id) {
		throw new Error(`Two API operations declare ${key}`);
	}
	registry.set(key, op as unknown as Operation);
	return op;
}

export function registeredOperations(): Operation[] {
	return [...registry.values()].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}
