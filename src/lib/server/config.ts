/** Runtime settings from the environment (see the README's configuration table). */
export function publicOrigin(): string {
	const port = process.env.PORT ?? '3000';
	return (process.env.ORIGIN ?? `http://localhost:${port}`).replace(/\/$/, '');
}

export const version = '0.1.0';
