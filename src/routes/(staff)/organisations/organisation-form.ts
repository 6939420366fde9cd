/** The organisation form as service input: empty selects and fields become null. */
export function organisationInputFromForm(data: FormData): Record<string, unknown> {
	const text = (key: string) => {
		const v = data.get(key);
		return typeof v === 'string' && v.trim() ? v.trim() : null;
	};
	return {
		name: text('name') ?? '',
		legalForm: text('legalForm'),
		enterpriseNumber: text('enterpriseNumber'),
		sector: text('sector'),
		helix: text('helix'),
		website: text('website'),
		municipality: text('municipality'),
		region: text('region'),
		description: text('description'),
		...(data.has('version') ? { version: text('version') } : {})
	};
}
