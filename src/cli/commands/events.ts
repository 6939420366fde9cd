/**
 * `sif events loadtest`: fires simultaneous registrations at a running server through the
 * JSON API (staff token) and prints what came back — confirmed, waitlisted, errors and
 * latencies — checked against first come, first served (docs/decisions/072-events-load-test.md).
 * Exit code 1 when the outcome is not exactly min(people, capacity) confirmed, the rest
 * waitlisted, no errors.
 */
import { CliFailure, CliUsageError, requireString, type CliCommand } from '../framework.ts';
import { formatLoadTable, loadFigures, type Attempt } from '../../lib/domain/events/load-report.ts';

function positiveInt(value: unknown, name: string, fallback: number): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (typeof value !== 'string' || !Number.isInteger(n) || n < 1 || n > 100000) {
		throw new CliUsageError(`--${name} must be a whole number from 1, got '${String(value)}'`);
	}
	return n;
}

async function api(base: string, token: string, method: string, path: string, body?: unknown) {
	const response = await fetch(new URL(path, base), {
		method,
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const text = await response.text();
	let json: unknown;
	try {
		json = text ? JSON.parse(text) : null;
	} catch {
		json = null;
	}
	return { status: response.status, json: json as Record<string, unknown> | null, text };
}

export const eventsLoadtest: CliCommand = {
	path: ['events', 'loadtest'],
	summary: 'Fires simultaneous registrations for one new event at a running server and prints a table',
	usage: 'events loadtest --url URL --token T [--people 500] [--capacity 300] [--event ID]',
	options: {
		url: { type: 'string' },
		token: { type: 'string' },
		people: { type: 'string' },
		capacity: { type: 'string' },
		event: { type: 'string' }
	},
	async run({ values, stdout }) {
		const base = requireString(values, 'url');
		const token = requireString(values, 'token');
		const people = positiveInt(values.people, 'people', 500);
		const capacityOption = positiveInt(values.capacity, 'capacity', 300);
		try {
			new URL(base);
		} catch {
			throw new CliUsageError(`--url is not a URL: '${base}'`);
		}

		let eventId = typeof values.event === 'string' ? values.event : '';
		let capacity = capacityOption;
		const stamp = Date.now().toString(36);
		if (!eventId) {
			const startsAt = new Date(Date.now() + 30 * 86400_000).toISOString();
			const created = await api(base, token, 'POST', '/api/v1/events', { title: `Load test ${stamp}`, startsAt, capacity });
			if (created.status !== 201 || typeof created.json?.id !== 'string') {
				throw new CliFailure(`creating the event failed: HTTP ${created.status} ${created.text.slice(0, 300)}`);
			}
			eventId = created.json.id;
		} else {
			const existing = await api(base, token, 'GET', `/api/v1/events/${eventId}`);
			if (existing.status !== 200) throw new CliFailure(`reading event ${eventId} failed: HTTP ${existing.status}`);
			capacity = Math.max(0, Number(existing.json?.capacity) - Number(existing.json?.confirmed));
		}

		const wallStart = performance.now();
		const attempts: Attempt[] = await Promise.all(
			Array.from({ length: people }, async (_, i): Promise<Attempt> => {
				const started = performance.now();
				try {
					const answer = await api(base, token, 'POST', `/api/v1/events/${eventId}/registrations`, {
						name: `Load ${stamp} ${i}`,
						email: `load-${stamp}-${i}@example.test`
					});
					const status = answer.json?.status;
					const outcome = answer.status === 201 && (status === 'confirmed' || status === 'waitlisted') ? status : null;
					return { httpStatus: answer.status, outcome, ms: performance.now() - started };
				} catch {
					return { httpStatus: 0, outcome: null, ms: performance.now() - started };
				}
			})
		);
		const wallMs = performance.now() - wallStart;
		const figures = loadFigures(capacity, attempts);
		const after = await api(base, token, 'GET', `/api/v1/events/${eventId}`);
		const server = after.status === 200 ? `${after.json?.confirmed} confirmed, ${after.json?.waitlisted} waitlisted` : `HTTP ${after.status}`;
		stdout.write(`event ${eventId} at ${base}\n`);
		stdout.write(formatLoadTable(figures, { 'wall time': `${Math.round(wallMs)} ms`, 'server counts': server }) + '\n');
		return figures.ok ? 0 : 1;
	}
};
