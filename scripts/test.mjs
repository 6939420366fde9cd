#!/usr/bin/env node
// `npm test`: unit tests, database tests (PGlite; PostgreSQL too when TEST_DATABASE_URL is
// set), then the end-to-end journeys in Chromium. Stops at the first failing stage.
import { spawnSync } from 'node:child_process';

const stages = [
	['unit and database tests', ['node_modules/vitest/vitest.mjs', 'run']],
	['end-to-end tests', ['scripts/e2e.mjs']]
];
for (const [name, args] of stages) {
	console.log(`\n=== ${name} ===`);
	const status = spawnSync(process.execPath, args, { stdio: 'inherit', env: process.env }).status;
	if (status !== 0) {
		console.error(`\n${name} failed`);
		process.exit(status ?? 1);
	}
}
