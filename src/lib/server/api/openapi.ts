/** The OpenAPI 3.1 document, generated from the registered operations' zod schemas. */
import { z } from 'zod';
import { registeredOperations, type Operation } from './operation.ts';
import { httpStatusOf } from '../errors.ts';
import { version } from '../config.ts';

const ErrorSchema = z.object({
	error: z.object({
		code: z.string(),
		message: z.string(),
		details: z.unknown()
	})
});

function schemaOf(schema: z.ZodType, io: 'input' | 'output') {
	return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
}

function strip(schema: Record<string, unknown>) {
	const { $schema: _ignored, ...rest } = schema;
	void _ignored;
	return rest;
}

function parametersOf(op: Operation) {
	const params: Record<string, unknown>[] = [];
	for (const match of op.path.matchAll(/\{(\w+)\}/g)) {
		params.push({ name: match[1], in: 'path', required: true, schema: { type: 'string' } });
	}
	if (op.query) {
		const json = schemaOf(op.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
		for (const [name, schema] of Object.entries(json.properties ?? {})) {
			params.push({ name, in: 'query', required: json.required?.includes(name) ?? false, schema });
		}
	}
	return params;
}

export function buildOpenApiDocument(origin: string) {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const op of registeredOperations()) {
		const responses: Record<string, unknown> = {
			[String(op.status ?? 200)]: {
				description: 'Success',
				content: { [op.responseMediaType ?? 'application/json']: { schema: strip(schemaOf(op.response, 'output')) } }
			}
		};
		const codes = new Set(op.errors ?? []);
		if (op.body) {
			codes.add('bad_request');
			codes.add('validation_failed');
		}
		if (op.auth !== 'public') codes.add('unauthenticated');
		if (op.auth !== 'public' && op.auth !== 'user') codes.add('forbidden');
		for (const code of codes) {
			const status = String(httpStatusOf(code));
			responses[status] ??= {
				description: `Error (${code})`,
				content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
			};
		}
		paths[op.path] ??= {};
		paths[op.path][op.method.toLowerCase()] = {
			operationId: op.id,
			summary: op.summary,
			...(op.description ? { description: op.description } : {}),
			tags: [op.tag],
			security: op.auth === 'public' ? [] : [{ bearerAuth: [] }],
			parameters: parametersOf(op),
			...(op.body
				? {
						requestBody: {
							required: true,
							content: { [op.bodyMediaType ?? 'application/json']: { schema: strip(schemaOf(op.body, 'input')) } }
						}
					}
				: {}),
			responses
		};
	}
	return {
		openapi: '3.1.0',
		info: {
			title: 'sif API',
			version,
			description: 'The JSON API of sif. Errors: {"error":{"code","message","details"}}.'
		},
		servers: [{ url: origin }],
		security: [{ bearerAuth: [] }],
		components: {
			securitySchemes: {
				bearerAuth: { type: 'http', scheme: 'bearer', description: 'A token from `sif token create` or the profile page' }
			},
			schemas: { Error: strip(schemaOf(ErrorSchema, 'output')) }
		},
		paths
	};
}
