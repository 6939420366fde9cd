import { resolve } from 'node:path';
import { CliUsageError, type CliCommand } from '../framework.ts';
import { serveBuiltApp } from '../web-server.ts';
import { buildApp, buildIsStale } from '../build.ts';

function portOf(value: unknown): number {
	const raw = typeof value === 'string' ? value : (process.env.PORT ?? '3000');
	const port = Number(raw);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliUsageError(`invalid port '${raw}'`);
	return port;
}

const serveOptions = { port: { type: 'string' as const }, host: { type: 'string' as const } };

export const serve: CliCommand = {
	path: ['serve'],
	usage: 'serve [--port N] [--host H]',
	summary: 'Serves the built app (what npm start runs after the build)',
	options: serveOptions,
	async run({ values }) {
		await serveBuiltApp({
			port: portOf(values.port),
			host: (values.host as string | undefined) ?? process.env.HOST ?? '127.0.0.1',
			buildDir: resolve('build')
		});
		return new Promise<number>(() => {}); // serves until a signal ends the process
	}
};

export const start: CliCommand = {
	path: ['start'],
	usage: 'start [--port N] [--host H]',
	summary: 'Builds when needed, applies migrations and serves (npm start)',
	options: serveOptions,
	async run(ctx) {
		const root = resolve('.');
		if (buildIsStale(root)) buildApp(root);
		return serve.run(ctx);
	}
};
