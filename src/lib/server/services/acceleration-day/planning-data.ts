/**
 * Everything the timetable needs from the database for one day: the day, its blocks,
 * the participants with names, the preference marks, and the instance (contract
 * timetable-format.md) built from them with the matching engine's pair scores.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adPreferences } from '../../db/schema/acceleration-day.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import type { Meeting, TimetableInstance, UnmetRule } from '../../../schemas/timetable.ts';
import { buildInstance } from '../../../domain/acceleration-day-planning/build-instance.ts';
import { matchScores, type ScoredParticipant } from '../../../domain/acceleration-day-planning/match-scores.ts';
import type { PreferenceMark } from '../../../domain/acceleration-day-planning/preferences.ts';
import type { ScheduleViolation } from '../../../domain/acceleration-day/validate-schedule.ts';
import { loadBlocks, loadDay, loadParticipants, meetingSlotCount, type DayRow, type ParticipantWithPerson, type SlotRow } from './day-records.ts';

export interface PlanningData {
	day: DayRow;
	blocks: SlotRow[];
	participants: ParticipantWithPerson[];
	preferences: PreferenceMark[];
}

export async function loadPlanningData(db: Db, dayId: string, locale: Locale = 'nl'): Promise<PlanningData> {
	const day = await loadDay(db, dayId, locale);
	const [blocks, participants, marks] = await Promise.all([
		loadBlocks(db, dayId),
		loadParticipants(db, dayId),
		db.select().from(adPreferences).where(eq(adPreferences.dayId, dayId))
	]);
	const preferences = marks.map((m) => ({ fromId: m.fromId, toId: m.toId, kind: m.kind as PreferenceMark['kind'], setBy: m.setBy as 'self' | 'staff' }));
	return { day, blocks, participants, preferences };
}

export function scoredParticipant(p: ParticipantWithPerson): ScoredParticipant {
	return {
		id: p.id,
		name: p.name,
		side: p.side as ScoredParticipant['side'],
		question: p.question,
		categories: p.categories,
		themes: p.themes,
		role: p.role as ScoredParticipant['role'],
		locale: p.locale
	};
}

export function isActive(p: ParticipantWithPerson): boolean {
	return p.status === 'registered' && p.noShowAt === null;
}

/** The solver's instance for the day as it is now, with `locked` meetings fixed. */
export function planningInstance(data: PlanningData, locked: readonly Meeting[]): TimetableInstance {
	const active = data.participants.filter(isActive);
	const scores = matchScores(
		active.filter((p) => p.side === 'innovator').map(scoredParticipant),
		active.filter((p) => p.side === 'chancegiver').map(scoredParticipant)
	);
	return buildInstance({
		day: {
			slots: meetingSlotCount(data.blocks),
			seats: data.day.seatsPerTable,
			minMeetingsPerInnovator: data.day.minMeetingsPerInnovator,
			minFundersPerInnovator: data.day.minFundersPerInnovator
		},
		participants: data.participants.map((p) => ({
			id: p.id,
			side: p.side as 'innovator' | 'chancegiver',
			status: p.status as 'registered',
			noShow: p.noShowAt !== null,
			role: p.role as 'funder' | null,
			availableSlots: p.availableSlots,
			maxMeetings: p.maxMeetings
		})),
		scores,
		preferences: data.preferences,
		locked
	});
}

/** Ids in the solver's English reasons replaced by names; slots counted from 1 as people do. */
export function withNames(text: string, names: ReadonlyMap<string, string>): string {
	return text
		.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => names.get(id) ?? id)
		.replace(/\bslots? ((?:\d+(?:, | and )?)+)/g, (_, list: string) => `round ${list.replace(/\d+/g, (n) => String(Number(n) + 1))}`);
}

export function namesOf(participants: readonly ParticipantWithPerson[]): Map<string, string> {
	return new Map(participants.map((p) => [p.id, p.side === 'innovator' && p.tableName ? `${p.name} (${p.tableName})` : p.name]));
}

/** An unmet hard rule in plain words, in the reader's language. */
export function describeUnmet(rule: UnmetRule, names: ReadonlyMap<string, string>, locale: Locale): string {
	return translate(locale, `accelerationDay.unmet_${rule.kind}`, {
		innovator: names.get(rule.innovator ?? '') ?? '',
		chancegiver: names.get(rule.chancegiver ?? '') ?? '',
		slot: (rule.slot ?? 0) + 1,
		reason: withNames(rule.reason, names)
	});
}

/** A broken rule of the planner in plain words. */
export function describeViolation(v: ScheduleViolation, names: ReadonlyMap<string, string>, locale: Locale): string {
	const innovator = names.get(v.innovator ?? '') ?? '';
	const chancegiver = names.get(v.chancegiver ?? '') ?? '';
	return translate(locale, `accelerationDay.violation_${v.kind}`, {
		innovator,
		chancegiver,
		who: innovator || chancegiver,
		slot: (v.slot ?? 0) + 1
	});
}
