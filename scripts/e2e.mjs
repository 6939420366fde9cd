#!/usr/bin/env node
// Runs the Playwright journeys against the built server in Debian's Chromium. Builds the
// app first when needed. Without /usr/bin/chromium it says so and skips only these tests.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
	console.log(`e2e: SKIPPED — no Chromium at ${chromium}. Install Debian's chromium (apt-get install chromium) to run the browser tests.`);
	process.exit(0);
}
const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit', env: process.env }).status ?? 1;
if (run(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);
process.exit(run(['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)]));
