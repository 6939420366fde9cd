/**
 * The values an erased person's record keeps: nothing that identifies them. The display
 * name becomes a neutral placeholder with a fragment of the id, so lists and ledgers that
 * show the row stay readable ("[erased 1a2b3c4d]") and counts stay right.
 */
export function erasedPersonFields(id: string) {
	return {
		firstName: '',
		lastName: '',
		displayName: `[erased ${id.slice(0, 8)}]`,
		email: null,
		otherEmails: [] as string[],
		phone: null,
		municipality: null,
		bio: null,
		links: [] as string[],
		photo: null,
		tags: [] as string[],
		staffNotes: null,
		userId: null
	};
}

/** Fields erasure wipes (for tests and the export's explanation). */
export const erasedFieldNames = Object.keys(erasedPersonFields('00000000')) as (keyof ReturnType<typeof erasedPersonFields>)[];
