/**
 * Builds the solver's instance (contract timetable-format.md) from what the database
 * holds: registered participants, the matching engine's pair scores, preferences and
 * the meetings staff locked. Pure; the same input gives the same instance.
 *
 * Rules (decision 081):
 * - only registered participants who are not marked no-show take part;
 * - "would like" raises a pair's score by LIKE_BONUS per like (an unscored pair enters
 *   at BASE_SCORE), "must meet" puts the pair in mustMeet with a MUST_BONUS raise,
 *   "rather not" removes the pair — unless staff locked that very meeting;
 * - a locked meeting's pair is always listed, so a lock never makes the input invalid.
 */
import type { ChancegiverRole, Meeting, TimetableInstance } from '../../schemas/timetable.ts';
import { combinePreferences, pairKey, type PreferenceMark } from './preferences.ts';

export const BASE_SCORE = 20;
export const LIKE_BONUS = 20;
export const MUST_BONUS = 40;

export interface PlanningParticipant {
	id: string;
	side: 'innovator' | 'chancegiver';
	status: 'invited' | 'registered' | 'declined';
	noShow: boolean;
	role: ChancegiverRole | null;
	/** null = every slot. */
	availableSlots: number[] | null;
	maxMeetings: number | null;
}

export interface PlanningDay {
	slots: number;
	seats: number;
	minMeetingsPerInnovator: number;
	minFundersPerInnovator: number;
}

export interface BuildInstanceInput {
	day: PlanningDay;
	participants: readonly PlanningParticipant[];
	/** [innovatorId, chancegiverId, score] from the matching engine's scorePairs. */
	scores: readonly (readonly [string, string, number])[];
	preferences: readonly PreferenceMark[];
	locked: readonly Meeting[];
}

export function takesPart(p: PlanningParticipant): boolean {
	return p.status === 'registered' && !p.noShow;
}

export function buildInstance(input: BuildInstanceInput): TimetableInstance {
	const { day } = input;
	const inSlots = (slots: number[] | null) =>
		slots === null ? undefined : [...new Set(slots.filter((s) => s >= 0 && s < day.slots))].sort((a, b) => a - b);
	const active = input.participants.filter(takesPart);
	const innovators = active.filter((p) => p.side === 'innovator');
	const chancegivers = active.filter((p) => p.side === 'chancegiver');
	const innovatorIds = new Set(innovators.map((p) => p.id));
	const chancegiverIds = new Set(chancegivers.map((p) => p.id));
	const known = (i: string, c: string) => innovatorIds.has(i) && chancegiverIds.has(c);

	const locked = input.locked.filter((m) => known(m.innovator, m.chancegiver) && m.slot < day.slots);
	const lockedPairs = new Set(locked.map((m) => pairKey(m.innovator, m.chancegiver)));
	const preferences = combinePreferences(
		input.preferences.filter((m) => innovatorIds.has(m.fromId) || innovatorIds.has(m.toId)),
		(id) => innovatorIds.has(id)
	);

	const scores = new Map<string, [string, string, number]>();
	for (const [i, c, score] of input.scores) {
		if (known(i, c) && score > 0 && !scores.has(pairKey(i, c))) scores.set(pairKey(i, c), [i, c, score]);
	}
	const mustMeet: [string, string][] = [];
	for (const [key, preference] of preferences) {
		const [i, c] = key.split('|');
		if (!known(i, c)) continue;
		const base = scores.get(key)?.[2] ?? 0;
		if (preference.kind === 'ratherNot') {
			if (!lockedPairs.has(key)) scores.delete(key);
		} else if (preference.kind === 'like') {
			scores.set(key, [i, c, Math.max(base, BASE_SCORE) + LIKE_BONUS * preference.likes]);
		} else {
			scores.set(key, [i, c, Math.max(base, BASE_SCORE) + MUST_BONUS]);
			mustMeet.push([i, c]);
		}
	}
	for (const m of locked) {
		const key = pairKey(m.innovator, m.chancegiver);
		if (!scores.has(key)) scores.set(key, [m.innovator, m.chancegiver, BASE_SCORE]);
	}

	const order = new Map(active.map((p, index) => [p.id, index]));
	const sortedScores = [...scores.values()].sort(
		(a, b) => order.get(a[0])! - order.get(b[0])! || order.get(a[1])! - order.get(b[1])!
	);
	const instance: TimetableInstance = {
		slots: day.slots,
		seats: day.seats,
		innovators: innovators.map((p) => ({
			id: p.id,
			...(p.maxMeetings !== null ? { maxMeetings: p.maxMeetings } : {}),
			...(p.availableSlots !== null ? { available: inSlots(p.availableSlots) } : {})
		})),
		chancegivers: chancegivers.map((p) => ({
			id: p.id,
			role: p.role ?? 'expert',
			...(p.maxMeetings !== null ? { maxMeetings: p.maxMeetings } : {}),
			...(p.availableSlots !== null ? { available: inSlots(p.availableSlots) } : {})
		})),
		scores: sortedScores,
		mustMeet: mustMeet.sort((a, b) => order.get(a[0])! - order.get(b[0])! || order.get(a[1])! - order.get(b[1])!),
		locked: locked.map((m) => [m.innovator, m.chancegiver, m.slot] as [string, string, number])
	};
	if (day.minMeetingsPerInnovator > 0) instance.minMeetingsPerInnovator = day.minMeetingsPerInnovator;
	if (day.minFundersPerInnovator > 0) instance.minFundersPerInnovator = day.minFundersPerInnovator;
	return instance;
}
