/**
 * Who sees which fields of a person: the one rule, used by the person page, the API and
 * the export. Staff see everything; a person sees their own record (without staff notes);
 * a chancegiver sees an innovator's public profile once the innovator agreed to be visible
 * to the network (photo only with photo consent); anyone else sees nothing.
 */
export type ViewerKind = 'staff' | 'self' | 'chancegiver' | 'other';

export type Visibility = 'full' | 'own' | 'public' | 'none';

export interface VisibilityFacts {
	viewer: ViewerKind;
	/** The person's roles. */
	roles: readonly string[];
	/** Latest consent answers by purpose (true: granted). */
	consents: Partial<Record<'newsletter' | 'profile_visible' | 'photo_use', boolean>>;
	erased: boolean;
}

export function personVisibility(facts: VisibilityFacts): Visibility {
	if (facts.viewer === 'staff') return 'full';
	if (facts.erased) return 'none';
	if (facts.viewer === 'self') return 'own';
	if (facts.viewer === 'chancegiver' && facts.roles.includes('innovator') && facts.consents.profile_visible === true) {
		return 'public';
	}
	return 'none';
}

/** Fields of each level; everything not listed is left out. */
const PUBLIC_FIELDS = ['id', 'displayName', 'firstName', 'lastName', 'municipality', 'region', 'bio', 'links', 'roles', 'themes', 'offers', 'needs', 'organisations'] as const;
const OWN_HIDDEN = new Set(['staffNotes', 'searchExtra', 'searchVector']);

/**
 * Picks the visible fields of a full person view. `photo` is public only with photo consent.
 * Returns null when nothing may be seen.
 */
export function visiblePerson<T extends Record<string, unknown>>(person: T, facts: VisibilityFacts): Partial<T> | null {
	const level = personVisibility(facts);
	if (level === 'none') return null;
	if (level === 'full') {
		return Object.fromEntries(Object.entries(person).filter(([key]) => key !== 'searchVector' && key !== 'searchExtra')) as Partial<T>;
	}
	if (level === 'own') {
		return Object.fromEntries(Object.entries(person).filter(([key]) => !OWN_HIDDEN.has(key))) as Partial<T>;
	}
	const out: Record<string, unknown> = {};
	for (const key of PUBLIC_FIELDS) if (key in person) out[key] = person[key];
	if (facts.consents.photo_use === true && 'photo' in person) out.photo = person.photo;
	return out as Partial<T>;
}
