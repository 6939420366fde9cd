/**
 * A tiny command framework for `sif`: each command file exports a {@link CliCommand};
 * options are parsed with node:util's parseArgs. Contract (../shared/contracts/cli.md):
 * errors go to stderr as one line, exit 2 for bad input, 1 for anything else; `--json`
 * output goes to stdout only.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Bad input from the operator: exit code 2. */
export class CliUsageError extends Error {
	readonly exitCode = 2;
}

/** Any other failure the command wants to report in one line: exit code 1. */
export class CliFailure extends Error {
	readonly exitCode = 1;
}

export type CliOptions = NonNullable<ParseArgsConfig['options']>;

export interface CliCommand {
	/** Words that select the command, e.g. ['timetable', 'solve']. */
	path: string[];
	summary: string;
	/** Usage line shown by --help, without the leading `sif`. */
	usage: string;
	options?: CliOptions;
	/** Allowed positional arguments (names, for help); default none. */
	positionals?: string[];
	run(ctx: CliContext): Promise<number | void>;
}

export interface CliContext {
	values: Record<string, string | boolean | string[] | boolean[] | undefined>;
	positionals: string[];
	stdout: NodeJS.WritableStream;
	stderr: NodeJS.WritableStream;
	stdin: NodeJS.ReadableStream;
}

/** Parses argv for one command; unknown options raise CliUsageError. */
export function parseCommandArgs(command: CliCommand, argv: string[]) {
	try {
		const parsed = parseArgs({
			args: argv,
			options: { help: { type: 'boolean', short: 'h' }, ...(command.options ?? {}) },
			allowPositionals: true,
			strict: true
		});
		const max = command.positionals?.length ?? 0;
		if (parsed.positionals.length > max) {
			throw new CliUsageError(`unexpected argument '${parsed.positionals[max]}'`);
		}
		return parsed;
	} catch (error) {
		if (error instanceof CliUsageError) throw error;
		throw new CliUsageError((error as Error).message.split('\n')[0]);
	}
}

export function helpText(command: CliCommand): string {
	const lines = [`Usage: sif ${command.usage}`, '', command.summary];
	const options = Object.entries(command.options ?? {});
	if (options.length) {
		lines.push('', 'Options:');
		for (const [name, spec] of options) {
			lines.push(`  --${name}${spec.type === 'string' ? ' VALUE' : ''}`);
		}
	}
	lines.push('  --help, -h');
	return lines.join('\n') + '\n';
}

/** Reads a required string option or throws a usage error naming it. */
export function requireString(values: CliContext['values'], name: string): string {
	const value = values[name];
	if (typeof value !== 'string' || value.trim() === '') {
		throw new CliUsageError(`--${name} is required`);
	}
	return value;
}
