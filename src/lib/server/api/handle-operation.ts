/**
 * Turns an Operation and a function into a SvelteKit request handler: authenticate,
 * authorize by the policy table, parse path/query/body with the operation's schemas,
 * call the service, answer JSON — or the contract's error shape.
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Operation } from './operation.ts';
import { readJsonBody } from './json-body.ts';
import { errorResponse, jsonResponse } from './respond.ts';
import { AppError } from '../errors.ts';
import { authorize } from '../auth/policy.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { parseInput } from '../validation.ts';
import type { Locale } from '../../i18n/core.ts';

export interface OperationContext<B, Q> {
	event: RequestEvent;
	db: Db;
	actor: Actor;
	locale: Locale;
	body: B;
	query: Q;
	params: Record<string, string>;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export function handleOperation<B extends z.ZodType | undefined, Q extends z.ZodObject | undefined, R extends z.ZodType>(
	op: Operation<B, Q, R>,
	run: (ctx: OperationContext<Out<B>, Out<Q>>) => Promise<z.input<R>>
) {
	return async (event: RequestEvent): Promise<Response> => {
		try {
			const { actor, db, locale } = event.locals;
			if (op.auth === 'user') {
				if (actor.kind === 'anonymous') throw new AppError('unauthenticated', 'Send a bearer token');
			} else if (op.auth !== 'public') {
				authorize(actor, op.auth);
			}
			const query = op.query
				? parseInput(op.query, Object.fromEntries(event.url.searchParams), locale)
				: undefined;
			let body: unknown = undefined;
			if (op.body) {
				const raw = await readJsonBody(event.request);
				if (raw === undefined) throw new AppError('bad_request', 'A JSON body is required');
				body = parseInput(op.body, raw, locale);
			}
			const result = await run({
				event,
				db,
				actor,
				locale,
				body: body as Out<B>,
				query: query as Out<Q>,
				params: event.params as Record<string, string>
			});
			return jsonResponse(result, op.status ?? 200);
		} catch (error) {
			return errorResponse(error);
		}
	};
}
