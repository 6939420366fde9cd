/**
 * What the marks of both sides and of staff mean for one pair. Staff's mark overrides
 * everything; otherwise "rather not" from either side wins (nobody is made to meet
 * someone they declined), then "must meet", then "would like" (each like counts).
 */

export type PreferenceKind = 'must' | 'like' | 'ratherNot';

export interface PreferenceMark {
	fromId: string;
	toId: string;
	kind: PreferenceKind;
	setBy: 'self' | 'staff';
}

export interface PairPreference {
	kind: PreferenceKind;
	/** Likes behind a 'like': 1 or 2 (both sides). */
	likes: number;
	byStaff: boolean;
}

export const pairKey = (innovatorId: string, chancegiverId: string) => `${innovatorId}|${chancegiverId}`;

/** Effective preference per pair `innovator|chancegiver`; `isInnovator` tells the sides apart. */
export function combinePreferences(
	marks: readonly PreferenceMark[],
	isInnovator: (participantId: string) => boolean
): Map<string, PairPreference> {
	const byPair = new Map<string, PreferenceMark[]>();
	for (const mark of marks) {
		const key = isInnovator(mark.fromId) ? pairKey(mark.fromId, mark.toId) : pairKey(mark.toId, mark.fromId);
		const list = byPair.get(key) ?? [];
		list.push(mark);
		byPair.set(key, list);
	}
	const result = new Map<string, PairPreference>();
	for (const [key, list] of byPair) {
		const staff = list.filter((m) => m.setBy === 'staff');
		if (staff.length > 0) {
			result.set(key, { kind: staff[staff.length - 1].kind, likes: 1, byStaff: true });
			continue;
		}
		if (list.some((m) => m.kind === 'ratherNot')) result.set(key, { kind: 'ratherNot', likes: 0, byStaff: false });
		else if (list.some((m) => m.kind === 'must')) result.set(key, { kind: 'must', likes: 0, byStaff: false });
		else result.set(key, { kind: 'like', likes: list.length, byStaff: false });
	}
	return result;
}
