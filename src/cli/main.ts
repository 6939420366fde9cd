/**
 * Entry point of the `sif` command line: finds the command named by the first words of
 * argv, parses its options and runs it, mapping errors to the contract's exit codes.
 */
import { CliFailure, CliUsageError, helpText, parseCommandArgs, type CliCommand } from './framework.ts';
import { commands } from './commands/index.ts';

function findCommand(argv: string[]): { command: CliCommand; rest: string[] } | undefined {
	let best: { command: CliCommand; rest: string[] } | undefined;
	for (const command of commands) {
		const n = command.path.length;
		if (argv.length >= n && command.path.every((word, i) => argv[i] === word)) {
			if (!best || n > best.command.path.length) best = { command, rest: argv.slice(n) };
		}
	}
	return best;
}

function overview(): string {
	const width = Math.max(...commands.map((c) => c.usage.length));
	return (
		'Usage: sif <command> [options]\n\nCommands:\n' +
		commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`).join('\n') +
		'\n\nEvery command has --help.\n'
	);
}

export async function main(argv: string[]): Promise<number> {
	if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
		process.stdout.write(overview());
		return 0;
	}
	const found = findCommand(argv);
	if (!found) {
		const prefix = commands.filter((c) => c.path[0] === argv[0]);
		if (prefix.length && (argv.length === 1 || argv[1]?.startsWith('-'))) {
			process.stdout.write(prefix.map((c) => `sif ${c.usage}  ${c.summary}`).join('\n') + '\n');
			return argv.includes('--help') || argv.includes('-h') ? 0 : 2;
		}
		process.stderr.write(`sif: unknown command '${argv.join(' ')}' (see sif --help)\n`);
		return 2;
	}
	const { command, rest } = found;
	try {
		const { values, positionals } = parseCommandArgs(command, rest);
		if (values.help) {
			process.stdout.write(helpText(command));
			return 0;
		}
		const code = await command.run({
			values,
			positionals,
			stdout: process.stdout,
			stderr: process.stderr,
			stdin: process.stdin
		});
		return typeof code === 'number' ? code : 0;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`sif ${command.path.join(' ')}: ${message.split('\n')[0]}\n`);
		if (error instanceof CliUsageError) return 2;
		if (error instanceof CliFailure) return 1;
		if (error && typeof error === 'object' && 'exitCode' in error) {
			return Number((error as { exitCode: number }).exitCode) || 1;
		}
		if (process.env.SIF_DEBUG) console.error(error);
		return 1;
	}
}
