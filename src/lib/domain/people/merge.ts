/**
 * What the kept record looks like after a merge: its own values win; empty fields are
 * filled from the duplicate; lists (roles, tags, links, e-mails) are united; the
 * duplicate's e-mail becomes one of the other e-mails; staff notes are joined.
 */
export interface MergeablePerson {
	email: string | null;
	otherEmails: string[];
	phone: string | null;
	municipality: string | null;
	region: string | null;
	bio: string | null;
	photo: string | null;
	links: string[];
	roles: string[];
	chancegiverRoles: string[];
	tags: string[];
	staffNotes: string | null;
	userId: string | null;
	firstName: string;
	lastName: string;
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

export function mergedFields(kept: MergeablePerson, duplicate: MergeablePerson) {
	const email = kept.email ?? duplicate.email;
	const otherEmails = union(kept.otherEmails, [...(duplicate.email ? [duplicate.email] : []), ...duplicate.otherEmails]).filter((e) => e !== email);
	const notes = [kept.staffNotes, duplicate.staffNotes].filter((n): n is string => !!n && n.trim() !== '');
	return {
		email,
		otherEmails,
		phone: kept.phone ?? duplicate.phone,
		municipality: kept.municipality ?? duplicate.municipality,
		region: kept.region ?? duplicate.region,
		bio: kept.bio ?? duplicate.bio,
		photo: kept.photo ?? duplicate.photo,
		links: union(kept.links, duplicate.links),
		roles: union(kept.roles, duplicate.roles),
		chancegiverRoles: union(kept.chancegiverRoles, duplicate.chancegiverRoles),
		tags: union(kept.tags, duplicate.tags),
		staffNotes: notes.length ? [...new Set(notes)].join('\n\n') : null,
		userId: kept.userId ?? duplicate.userId,
		firstName: kept.firstName || duplicate.firstName,
		lastName: kept.lastName || duplicate.lastName
	};
}
