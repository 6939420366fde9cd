/** `npm start` builds the app when the build is missing or older than the sources. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { CliFailure } from './framework.ts';

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) {
		if (entry === 'node_modules' || entry.startsWith('.')) continue;
		newest = Math.max(newest, newestMtime(join(path, entry)));
	}
	return newest;
}

export function buildIsStale(root: string): boolean {
	const handler = join(root, 'build', 'handler.js');
	if (!existsSync(handler)) return true;
	const built = statSync(handler).mtimeMs;
	const sources = Math.max(
		...['src', 'static', 'package.json', 'vite.config.ts'].map((p) => newestMtime(join(root, p)))
	);
	return sources > built;
}

export function buildApp(root: string): void {
	const vite = join(dirname(createRequire(join(root, 'package.json')).resolve('vite/package.json')), 'bin', 'vite.js');
	console.log('building sif (first start, or sources changed)…');
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, NODE_ENV: 'production' }
	});
	if (result.status !== 0) throw new CliFailure('the build failed (see above)');
}
