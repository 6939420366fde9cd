import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildOpenApiDocument } from '../openapi.ts';
import './index.ts';

describe('the matching operations in the OpenAPI document', () => {
	const doc = buildOpenApiDocument('http://localhost:3000');

	it('lists suggestions, dismiss, accept, gaps, weights and capacity, and stays valid', async () => {
		const paths = doc.paths as Record<string, Record<string, unknown>>;
		expect(Object.keys(paths['/api/v1/needs/{id}/suggestions'])).toEqual(['get']);
		expect(Object.keys(paths['/api/v1/needs/{id}/suggestions/dismiss'])).toEqual(['post']);
		expect(Object.keys(paths['/api/v1/needs/{id}/suggestions/accept'])).toEqual(['post']);
		expect(Object.keys(paths['/api/v1/matching/gaps'])).toEqual(['get']);
		expect(Object.keys(paths['/api/v1/matching/weights']).sort()).toEqual(['get', 'put']);
		expect(Object.keys(paths['/api/v1/matching/capacity/{personId}'])).toEqual(['put']);
		const result = await new Validator().validate(structuredClone(doc));
		expect(result.errors ?? []).toEqual([]);
	});
});
