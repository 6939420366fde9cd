import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildOpenApiDocument } from './openapi.ts';
import './operations/index.ts';

describe('the OpenAPI document', () => {
	const doc = buildOpenApiDocument('http://localhost:3000');

	it('is valid OpenAPI 3.1', async () => {
		const validator = new Validator();
		const result = await validator.validate(structuredClone(doc));
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
		expect(validator.version).toBe('3.1');
	});

	it('declares bearer security and per-operation security', () => {
		expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
		for (const [path, methods] of Object.entries(doc.paths)) {
			for (const [method, op] of Object.entries(methods)) {
				expect(op, `${method} ${path}`).toHaveProperty('security');
			}
		}
		expect((doc.paths['/api/v1/me'].get as { security: unknown[] }).security).toEqual([{ bearerAuth: [] }]);
	});

	it('describes request bodies from the zod schemas', () => {
		const invite = doc.paths['/api/v1/invitations'].post as {
			requestBody: { content: { 'application/json': { schema: { properties: Record<string, unknown> } } } };
		};
		expect(Object.keys(invite.requestBody.content['application/json'].schema.properties)).toEqual(
			expect.arrayContaining(['email', 'name', 'role', 'locale'])
		);
	});
});
