/**
 * Serves the built SvelteKit app (adapter-node's handler) on our own http server, so the
 * process owns the database lifecycle: open + lock + migrate before the first request;
 * on SIGTERM/SIGINT stop taking requests, finish those in flight, stop the worker, close
 * the database (releasing the lock) and exit 0 — within 10 seconds.
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliFailure } from './framework.ts';
import { openCliDatabase } from './database.ts';
import { provideRuntime } from '../lib/server/db/app-db.ts';
import { startWorker } from '../lib/server/jobs/worker.ts';

const GRACE_MS = 8000;

export interface ServeOptions {
	port: number;
	host: string;
	buildDir: string;
}

export async function serveBuiltApp(options: ServeOptions): Promise<void> {
	const handlerPath = join(options.buildDir, 'handler.js');
	if (!existsSync(handlerPath)) {
		throw new CliFailure(`no build found at ${options.buildDir}: run 'npm run build' (or 'npm start')`);
	}
	process.env.PORT = String(options.port);
	process.env.ORIGIN ??= `http://localhost:${options.port}`;
	// Spreadsheet uploads (people import) may be up to 10 MB, as on the CLI; JSON bodies keep
	// their own 1 MiB limit (src/lib/server/api/json-body.ts).
	process.env.BODY_SIZE_LIMIT ??= '12M';

	const { handle, applied } = await openCliDatabase();
	for (const tag of applied) console.log(`applied migration ${tag}`);
	const worker = startWorker(handle.db);
	provideRuntime({ handle, worker });

	// Assigned once the app is loaded; a signal before that has no server to close.
	const holder: { server?: Server } = {};
	let stopping = false;
	const shutdown = async (signal: string) => {
		if (stopping) return;
		stopping = true;
		console.log(`${signal}: finishing requests in flight, then closing the database`);
		const force = setTimeout(() => holder.server?.closeAllConnections(), GRACE_MS);
		force.unref();
		await new Promise<void>((resolve) => {
			const server = holder.server;
			if (!server) return resolve();
			server.close(() => resolve());
			server.closeIdleConnections();
		});
		clearTimeout(force);
		await worker.stop();
		await handle.close();
		console.log('stopped');
		process.exit(0);
	};
	process.on('SIGTERM', () => void shutdown('SIGTERM'));
	process.on('SIGINT', () => void shutdown('SIGINT'));

	let handler: (req: unknown, res: unknown, next?: () => void) => void;
	try {
		({ handler } = await import(pathToFileURL(handlerPath).href));
	} catch (error) {
		await worker.stop();
		await handle.close();
		throw error;
	}
	const server = createServer((req, res) => {
		if (stopping) res.setHeader('connection', 'close');
		// Static files bypass the SvelteKit hooks: set the headers for them too.
		res.setHeader('x-content-type-options', 'nosniff');
		res.setHeader('x-frame-options', 'DENY');
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	server.keepAliveTimeout = 5000;
	holder.server = server;
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host, () => resolve());
	});
	console.log(
		`sif listening on http://${options.host}:${options.port} (database: ${handle.engine}${handle.engine === 'pglite' ? `, ${process.env.SIF_DATA_DIR ?? './data'}` : ''})`
	);
}
