/**
 * End-to-end tests: the built server (`sif serve`) on a fresh embedded database in a temp
 * directory, driven through Debian's Chromium. `npm test` runs them after the unit and
 * database tests (scripts/e2e.mjs builds first and skips clearly when Chromium is missing).
 */
import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.SIF_E2E_PORT ?? 4173);
const dataDir = process.env.SIF_E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'sif-e2e-'));
process.env.SIF_E2E_DATA_DIR = dataDir;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		locale: 'nl-BE',
		timezoneId: 'Europe/Brussels',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'first-run', testMatch: /first-run\.spec\.ts/ },
		{ name: 'journeys', testIgnore: /first-run\.spec\.ts/, dependencies: ['first-run'] }
	],
	webServer: {
		command: `node bin/sif.mjs serve --port ${port}`,
		url: `http://localhost:${port}/health`,
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'pipe',
		env: {
			SIF_DATA_DIR: dataDir,
			ORIGIN: `http://localhost:${port}`,
			DATABASE_URL: '',
			SMTP_URL: ''
		}
	}
});
