import { json, type RequestHandler } from '@sveltejs/kit';
import { buildOpenApiDocument } from '$lib/server/api/openapi';
import '$lib/server/api/operations';
import { publicOrigin } from '$lib/server/config';

/** The OpenAPI 3.1 description of every JSON endpoint, generated from their zod schemas. */
export const GET: RequestHandler = async () => json(buildOpenApiDocument(publicOrigin()));
